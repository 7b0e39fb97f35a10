-- The local authority's decisions on a referral. A decision changed after a challenge is a new row;
-- the latest row is the decision in force.
create table referral_decision (
    id               bigint generated always as identity primary key,
    referral_id      bigint not null references referral (id),
    outcome          text not null check (outcome in ('NO_FURTHER_ACTION', 'EARLY_HELP', 'ASSESSMENT_S17', 'STRATEGY_DISCUSSION_S47')),
    reason           text,
    late             boolean not null,
    reason_for_delay text,
    decided_by       bigint not null,
    decided_at       timestamptz not null,
    replaces_id      bigint references referral_decision (id),
    constraint decision_nfa_reason check (outcome <> 'NO_FURTHER_ACTION' or reason is not null),
    constraint decision_late_reason check (not late or reason_for_delay is not null)
);
create index referral_decision_referral_idx on referral_decision (referral_id, id);
