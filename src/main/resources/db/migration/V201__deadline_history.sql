-- Every change to a deadline, appended and never changed: opened, warned, breached, met, stopped.
-- (Escalation steps have their own log, clocks_escalation.)
create table clocks_deadline_event (
    id          bigint generated always as identity primary key,
    deadline_id bigint not null references clocks_deadline (id),
    kind        text not null check (kind in ('opened', 'warned', 'breached', 'met', 'stopped')),
    at          timestamptz not null,
    recorded_at timestamptz not null,
    recorded_by text not null,
    detail      text
);

create index clocks_deadline_event_deadline_idx on clocks_deadline_event (deadline_id);
