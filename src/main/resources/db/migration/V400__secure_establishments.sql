-- Secure establishments, their units and rooms (issue 5, item 1). Reference data: changes are new rows.
create table se_establishment (
    id                       uuid primary key,
    agency_code              text not null unique,
    name                     text not null,
    type                     text not null check (type in ('SECURE_TRAINING_CENTRE','YOUNG_OFFENDER_INSTITUTION','SECURE_CHILDRENS_HOME','CHILDRENS_HOME')),
    jurisdiction             text not null check (jurisdiction in ('ENGLAND','WALES')),
    safeguarding_partnership text not null,
    healthcare_lead          text,
    recorded_at              timestamptz not null,
    recorded_by              text not null
);

create table se_unit (
    id               uuid primary key,
    establishment_id uuid not null references se_establishment (id),
    name             text not null
);

create table se_room (
    id      uuid primary key,
    unit_id uuid not null references se_unit (id),
    name    text not null,
    beds    int  not null check (beds >= 0)
);
