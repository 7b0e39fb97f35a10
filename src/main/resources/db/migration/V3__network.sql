-- The POLE model: people (person_record), objects, locations, events, and typed dated links.
create table location (
    id            bigint generated always as identity primary key,
    address_line  text not null,
    town          text,
    postcode      text,
    postcode_key  text generated always as (upper(replace(postcode, ' ', ''))) stored,
    latitude      double precision,
    longitude     double precision,
    area_code     text references area (code),
    created_at    timestamptz not null,
    created_by    text not null
);
create unique index location_address_idx on location (lower(address_line), postcode_key);
create index location_postcode_idx on location (postcode_key);
create index location_address_trgm_idx on location using gin (lower(address_line) gin_trgm_ops);

create table thing (
    id          bigint generated always as identity primary key,
    type        text not null check (type in ('PHONE', 'VEHICLE', 'DEVICE', 'ONLINE_ACCOUNT')),
    identifier  text not null,
    description text,
    created_at  timestamptz not null,
    created_by  text not null,
    unique (type, identifier)
);

create table event (
    id            bigint generated always as identity primary key,
    type          text not null,
    occurred_at   timestamptz not null,
    ended_at      timestamptz,
    location_id   bigint references location (id),
    agency_id     bigint not null references agency (id),
    source_system text not null,
    source_id     text not null,
    summary       text not null,
    sensitivity   text not null default 'NORMAL' check (sensitivity in ('NORMAL', 'RESTRICTED')),
    lawful_basis  text not null,
    version       int not null default 1,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    unique (agency_id, source_system, source_id),
    check (ended_at is null or ended_at >= occurred_at)
);
create index event_occurred_idx on event (occurred_at);
create index event_location_idx on event (location_id);

create table event_version (
    event_id    bigint not null references event (id),
    version     int not null,
    data        jsonb not null,
    changed_by  text not null,
    changed_at  timestamptz not null,
    reason      text not null,
    primary key (event_id, version)
);

create table event_participant (
    event_id  bigint not null references event (id),
    record_id bigint not null references person_record (id),
    role      text not null check (role in ('SUBJECT', 'VICTIM', 'SUSPECT', 'WITNESS', 'CHILD_PRESENT',
                  'REPORTING_PERSON', 'STAFF', 'OTHER')),
    primary key (event_id, record_id, role)
);
create index event_participant_record_idx on event_participant (record_id);

-- A link between two facts. Links are ended (valid_to) or superseded, never deleted.
create table link (
    id            bigint generated always as identity primary key,
    kind          text not null check (kind in ('PERSON_PERSON', 'PERSON_LOCATION', 'PERSON_THING')),
    type          text not null,
    from_record   bigint not null references person_record (id),
    to_record     bigint references person_record (id),
    to_location   bigint references location (id),
    to_thing      bigint references thing (id),
    valid_from    date,
    valid_to      date,
    agency_id     bigint not null references agency (id),
    source_system text not null,
    source_id     text not null,
    lawful_basis  text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    ended_by      text,
    ended_at      timestamptz,
    ended_reason  text,
    unique (agency_id, source_system, source_id),
    check ((kind = 'PERSON_PERSON' and to_record is not null)
        or (kind = 'PERSON_LOCATION' and to_location is not null)
        or (kind = 'PERSON_THING' and to_thing is not null)),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index link_from_idx on link (from_record);
create index link_to_record_idx on link (to_record) where to_record is not null;
create index link_to_location_idx on link (to_location) where to_location is not null;
create index link_to_thing_idx on link (to_thing) where to_thing is not null;
