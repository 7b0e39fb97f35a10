-- The appropriate adult, the healthcare youth assessment, where the child is held and strip
-- searches (PACE-02, PACE-12, PACE-14). A later row for the same record supersedes the earlier.
create table custody_appropriate_adult (
    id                  bigint generated always as identity primary key,
    record_id           bigint not null references custody_record (id),
    name                text not null,
    role                text not null,
    requested_at        timestamptz not null,
    arrived_at          timestamptz,
    welfare_informed_at timestamptz,
    recorded_by         text not null,
    recorded_at         timestamptz not null,
    why                 text,
    check (arrived_at is null or arrived_at >= requested_at)
);
create index custody_aa_record_idx on custody_appropriate_adult (record_id, id);

create table custody_youth_assessment (
    id                      bigint generated always as identity primary key,
    record_id               bigint not null references custody_record (id),
    requested_at            timestamptz not null,
    done_at                 timestamptz,
    healthcare_professional text,
    findings                text,
    referral_made           boolean not null default false,
    recorded_by             text not null,
    recorded_at             timestamptz not null,
    check (done_at is null or (findings is not null and healthcare_professional is not null))
);
create index custody_ya_record_idx on custody_youth_assessment (record_id, id);

create table custody_detention_place (
    id                         bigint generated always as identity primary key,
    record_id                  bigint not null references custody_record (id),
    place                      text not null check (place in ('DETENTION_ROOM', 'CELL')),
    placed_at                  timestamptz not null,
    decided_by                 text not null,
    reason_for_cell            text,
    woman_responsible_for_care text,
    recorded_by                text not null,
    recorded_at                timestamptz not null,
    check (place <> 'CELL' or reason_for_cell is not null)
);
create index custody_place_record_idx on custody_detention_place (record_id, id);

create table custody_strip_search (
    id                     bigint generated always as identity primary key,
    record_id              bigint not null references custody_record (id),
    searched_at            timestamptz not null,
    authorised_by          text not null,
    reasons                text not null,
    exposes_intimate_parts boolean not null,
    appropriate_adult_present boolean not null,
    urgent                 boolean not null,
    urgency_reason         text,
    child_declined_aa      boolean not null,
    aa_agreed_and_signed   boolean not null,
    recorded_by            text not null,
    recorded_at            timestamptz not null
);
create index custody_search_record_idx on custody_strip_search (record_id);

create table custody_strip_search_attendee (
    search_id         bigint not null references custody_strip_search (id),
    position          int not null,
    name              text not null,
    sex               text not null check (sex in ('FEMALE', 'MALE')),
    appropriate_adult boolean not null,
    primary key (search_id, position)
);
