create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- A person: one resolved identity across agencies. Records point at persons; merging
-- re-points records and never deletes one.
create table person (
    id          bigint generated always as identity primary key,
    created_at  timestamptz not null,
    merged_into bigint references person (id)
);

-- What one agency's system holds about someone. Current values here; every version in
-- person_record_version with who, when and why.
create table person_record (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id),
    agency_id       bigint not null references agency (id),
    source_system   text not null,
    source_id       text not null,
    given_names     text not null,
    family_name     text not null,
    aliases         text[] not null default '{}',
    date_of_birth   date,
    sex             text check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    nhs_number      text,
    pnc_id          text,
    upn             text,
    la_id           text,
    phone           text,
    email           text,
    sealed          boolean not null default false,
    lawful_basis    text not null,
    version         int not null default 1,
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    search_name     text generated always as (lower(given_names || ' ' || family_name)) stored,
    unique (agency_id, source_system, source_id)
);
create index person_record_person_idx on person_record (person_id);
create index person_record_family_trgm_idx on person_record using gin (lower(family_name) gin_trgm_ops);
create index person_record_given_trgm_idx on person_record using gin (lower(given_names) gin_trgm_ops);
create index person_record_family_metaphone_idx on person_record (dmetaphone(family_name));
create index person_record_dob_idx on person_record (date_of_birth);
create index person_record_nhs_idx on person_record (nhs_number) where nhs_number is not null;
create index person_record_pnc_idx on person_record (pnc_id) where pnc_id is not null;
create index person_record_upn_idx on person_record (upn) where upn is not null;
create index person_record_la_idx on person_record (la_id) where la_id is not null;

create table person_record_version (
    record_id   bigint not null references person_record (id),
    version     int not null,
    data        jsonb not null,
    changed_by  text not null,
    changed_at  timestamptz not null,
    reason      text not null,
    primary key (record_id, version)
);

-- Nickname equivalence for search (e.g. "bill" finds "william").
create table nickname (
    name      text not null,
    canonical text not null,
    primary key (name, canonical)
);
