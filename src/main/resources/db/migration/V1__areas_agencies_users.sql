-- Areas: a police force area and the local authorities inside it.
create table area (
    code        text primary key,
    name        text not null,
    kind        text not null check (kind in ('FORCE', 'LOCAL_AUTHORITY', 'NATIONAL')),
    parent_code text references area (code),
    jurisdiction text not null default 'ENGLAND' check (jurisdiction in ('ENGLAND', 'WALES'))
);

create table agency (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    type        text not null check (type in ('POLICE', 'CHILDRENS_SERVICES', 'HEALTH', 'SCHOOL',
                    'YOUTH_OFFENDING_TEAM', 'SECURE_ESTABLISHMENT', 'SAFEGUARDING_PARTNERSHIP', 'NATIONAL_MONITOR')),
    area_code   text not null references area (code),
    senior_lead_user_id bigint
);

create table app_user (
    id              bigint generated always as identity primary key,
    username        text not null unique,
    password_hash   text,
    display_name    text not null,
    agency_id       bigint not null references agency (id),
    team            text,
    roles           text[] not null,
    supervisor_id   bigint references app_user (id),
    enabled         boolean not null default true,
    failed_attempts int not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    created_by      text not null
);

alter table agency add constraint agency_senior_lead_fk foreign key (senior_lead_user_id) references app_user (id);

-- System clients of other agencies authenticate with a bearer token; only its hash is kept.
create table api_client (
    id          bigint generated always as identity primary key,
    name        text not null unique,
    agency_id   bigint not null references agency (id),
    token_sha256 text not null unique,
    roles       text[] not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
