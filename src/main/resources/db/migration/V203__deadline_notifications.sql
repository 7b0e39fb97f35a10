-- What the clocks told whom: warnings to the owner, escalation steps to owner, supervisor and senior lead.
-- recipient_user_id is null when the chain had nobody at that step (no supervisor or no senior lead named).
create table clocks_notification (
    id                bigint generated always as identity primary key,
    deadline_id       bigint not null references clocks_deadline (id),
    recipient_user_id bigint,
    kind              text not null check (kind in ('warning', 'escalation')),
    target            text not null check (target in ('OWNER', 'SUPERVISOR', 'SENIOR_LEAD')),
    level             int not null,
    created_at        timestamptz not null,
    read_at           timestamptz
);

create index clocks_notification_recipient_idx on clocks_notification (recipient_user_id, created_at);
