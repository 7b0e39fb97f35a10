-- Reviews, extensions and interviews (PACE-04, PACE-05, PACE-06), with the clocks deadlines they run under.
create table custody_review (
    id            bigint generated always as identity primary key,
    record_id     bigint not null references custody_record (id),
    reviewed_at   timestamptz not null,
    review_officer text not null,
    rank          text not null,
    postponed     boolean not null,
    reasons       text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index custody_review_record_idx on custody_review (record_id, reviewed_at);

create table custody_extension (
    id               bigint generated always as identity primary key,
    record_id        bigint not null references custody_record (id),
    kind             text not null check (kind in ('SUPERINTENDENT', 'WARRANT_OF_FURTHER_DETENTION')),
    authorised_at    timestamptz not null,
    authorised_by    text not null,
    rank             text,
    extends_to_hours int not null check (extends_to_hours between 25 and 96),
    reasons          text not null,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index custody_extension_record_idx on custody_extension (record_id, id);

create table custody_interview (
    id                     bigint generated always as identity primary key,
    record_id              bigint not null references custody_record (id),
    starts_at              timestamptz not null,
    interviewing_officer   text not null,
    urgent_authorised_by   text,
    urgent_authoriser_rank text,
    urgent_reason          text,
    recorded_by            text not null,
    recorded_at            timestamptz not null
);

-- The clocks deadlines opened for a record (PACE-05 reviews, PACE-06 limit, PACE-11 court).
create table custody_deadline (
    record_id   bigint not null references custody_record (id),
    rule        text not null,
    deadline_id bigint not null,
    primary key (record_id, rule, deadline_id)
);
