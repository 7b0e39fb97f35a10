-- Each escalation step taken on a breached deadline: who it went to and when.
create table clocks_escalation (
    id                bigint generated always as identity primary key,
    deadline_id       bigint not null references clocks_deadline (id),
    level             int not null check (level >= 1),
    target            text not null check (target in ('OWNER', 'SUPERVISOR', 'SENIOR_LEAD')),
    recipient_user_id bigint,
    due_at            timestamptz not null,
    recorded_at       timestamptz not null,
    unique (deadline_id, level)
);
