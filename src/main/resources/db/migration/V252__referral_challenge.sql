-- A referrer's challenge to a decision, with the named manager who must answer it on its own clock.
create table referral_challenge (
    id               bigint generated always as identity primary key,
    referral_id      bigint not null references referral (id),
    decision_id      bigint not null references referral_decision (id),
    grounds          text not null,
    raised_by        bigint not null,
    raised_at        timestamptz not null,
    manager_user_id  bigint not null,
    due_at           timestamptz not null,
    answered_at      timestamptz,
    answered_by      bigint,
    upheld           boolean,
    response         text,
    new_decision_id  bigint references referral_decision (id),
    late             boolean,
    reason_for_delay text
);
create unique index referral_challenge_open_idx on referral_challenge (referral_id) where answered_at is null;
