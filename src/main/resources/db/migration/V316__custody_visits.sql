-- Visits to a child in custody (PACE-14: more often than for adults; the interval is local).
create table custody_visit (
    id          bigint generated always as identity primary key,
    record_id   bigint not null references custody_record (id),
    visited_at  timestamptz not null,
    visited_by  text not null,
    observation text not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index custody_visit_record_idx on custody_visit (record_id, visited_at);
