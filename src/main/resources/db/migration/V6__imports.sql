create table import_run (
    id           bigint generated always as identity primary key,
    file_name    text not null,
    format       text not null,
    agency_id    bigint not null references agency (id),
    started_by   text not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    rows_total   int not null default 0,
    rows_created int not null default 0,
    rows_updated int not null default 0,
    rows_unchanged int not null default 0,
    rows_rejected int not null default 0,
    status       text not null check (status in ('RUNNING', 'FINISHED', 'FAILED'))
);

create table import_rejection (
    run_id     bigint not null references import_run (id),
    row_number int not null,
    field      text not null,
    message    text not null,
    primary key (run_id, row_number, field)
);
