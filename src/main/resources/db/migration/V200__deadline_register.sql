-- The deadline register (clocks): one row per statutory deadline with its current state. The history of every
-- change is in clocks_deadline_event; owners, teams and agencies are ids from the access module (no foreign keys
-- across modules).
create table clocks_deadline (
    id               bigint generated always as identity primary key,
    rule_id          text not null,
    milestone        text,
    jurisdiction     text not null check (jurisdiction in ('ENGLAND', 'WALES')),
    subject_type     text not null,
    subject_id       text not null,
    owner_user_id    bigint not null,
    team             text,
    agency_id        bigint not null,
    start_at         timestamptz not null,
    due_at           timestamptz not null,
    due_kind         text not null check (due_kind in ('AT_INSTANT', 'END_OF_DAY')),
    warning_at       timestamptz[] not null default '{}',
    warnings_raised  int not null default 0,
    status           text not null default 'open' check (status in ('open', 'warned', 'breached', 'met', 'stopped')),
    breached_at      timestamptz,
    escalation_level int not null default 0,
    -- when the sweep must next look at this deadline (next warning, due time or escalation step); null once closed
    next_check_at    timestamptz,
    closed_at        timestamptz,
    closed_by        text,
    late             boolean,
    reason           text,
    opened_at        timestamptz not null,
    opened_by        text not null,
    check (status not in ('met', 'stopped') or (closed_at is not null and next_check_at is null)),
    check (status <> 'met' or not late or reason is not null),
    check (status <> 'stopped' or reason is not null)
);

create index clocks_deadline_next_check_idx on clocks_deadline (next_check_at) where next_check_at is not null;
create index clocks_deadline_owner_idx on clocks_deadline (owner_user_id, due_at) where closed_at is null;
create index clocks_deadline_agency_idx on clocks_deadline (agency_id, due_at) where closed_at is null;
create index clocks_deadline_subject_idx on clocks_deadline (subject_type, subject_id);
create index clocks_deadline_breached_idx on clocks_deadline (breached_at) where breached_at is not null;
