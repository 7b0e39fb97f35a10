-- Each step taken when a CP-01 decision or a challenge answer is overdue: who was told, at which level, when.
create table referral_escalation (
    id           bigint generated always as identity primary key,
    referral_id  bigint not null references referral (id),
    clock        text not null check (clock in ('CP-01', 'CHALLENGE')),
    level        int not null,
    notified_user_id bigint not null,
    at           timestamptz not null,
    unique (referral_id, clock, level)
);
