-- Warning markers on people and locations, visible wherever the subject appears.
create table flag (
    id              bigint generated always as identity primary key,
    person_id       bigint references person (id),
    location_id     bigint references location (id),
    type            text not null,
    reason          text not null,
    owner_agency_id bigint not null references agency (id),
    owner_contact   text not null,
    review_on       date,
    expires_on      date,
    visibility      text not null default 'ALL_PRACTITIONERS' check (visibility in ('ALL_PRACTITIONERS', 'OWNER_AGENCY')),
    raised_by       text not null,
    raised_at       timestamptz not null,
    withdrawn_by    text,
    withdrawn_at    timestamptz,
    withdrawn_reason text,
    check ((person_id is null) <> (location_id is null))
);
create index flag_person_idx on flag (person_id) where withdrawn_at is null;
create index flag_location_idx on flag (location_id) where withdrawn_at is null;
