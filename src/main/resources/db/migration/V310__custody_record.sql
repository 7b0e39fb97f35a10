-- A custody record for every detained person who appears to be under 18 (C-01). The
-- booking-in row never changes; everything later is an append-only row with who and when.
create table custody_record (
    id                      bigint generated always as identity primary key,
    child_person_id         bigint not null,
    custody_number          text not null unique,
    suite                   text not null,
    jurisdiction            text not null check (jurisdiction in ('ENGLAND', 'WALES')),
    sex                     text not null check (sex in ('FEMALE', 'MALE')),
    date_of_birth           date,
    apparent_age            int,
    age_verified            boolean not null,
    age_at_arrival          int,
    arrest_kind             text not null check (arrest_kind in ('OFFENCE', 'BREACH_OF_BAIL', 'BREACH_OF_REMAND')),
    offence                 text not null,
    indictable              boolean not null,
    violent_or_sexual       boolean not null,
    arrived_at              timestamptz not null,
    detention_authorised_at timestamptz not null,
    authorised_by           text not null,
    recorded_by             text not null,
    recorded_at             timestamptz not null,
    check (detention_authorised_at >= arrived_at)
);
create index custody_record_child_idx on custody_record (child_person_id);
create index custody_record_suite_arrived_idx on custody_record (suite, arrived_at);
