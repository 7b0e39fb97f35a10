-- Police protection (Children Act 1989 s46). Every table is append-only: a later row
-- supersedes an earlier one and keeps who, when and why. The child is a person id from
-- identity (no foreign key across modules).
create table protection_case (
    id              bigint generated always as identity primary key,
    child_person_id bigint not null,
    taken_by        text not null,
    taken_at        timestamptz not null,
    where_found     text not null,
    grounds         text not null,
    power           text not null check (power in ('REMOVED_TO_ACCOMMODATION', 'PREVENTED_REMOVAL')),
    la_where_found  text not null,
    la_where_lives  text not null,
    jurisdiction    text not null check (jurisdiction in ('ENGLAND', 'WALES')),
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index protection_case_child_idx on protection_case (child_person_id);

create table protection_place (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references protection_case (id),
    place              text not null check (place in ('LOCAL_AUTHORITY_ACCOMMODATION', 'HOSPITAL', 'FOSTER_CARER',
                           'RELATIVE', 'POLICE_STATION')),
    exceptional_reason text,
    since              timestamptz not null,
    recorded_by        text not null,
    recorded_at        timestamptz not null,
    why                text not null,
    check (place <> 'POLICE_STATION' or exceptional_reason is not null)
);
create index protection_place_case_idx on protection_place (case_id, id);

create table protection_designated_officer (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references protection_case (id),
    officer_id   text not null,
    officer_name text not null,
    rank         text,
    named_at     timestamptz not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index protection_do_case_idx on protection_designated_officer (case_id, id);

create table protection_decision (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id),
    decided_by  text not null,
    decided_at  timestamptz not null,
    inquiry     text not null,
    outcome     text not null check (outcome in ('CONTINUE_PROTECTION', 'RELEASE')),
    reasons     text not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index protection_decision_case_idx on protection_decision (case_id, id);

-- Each duty that police protection starts (PP-03, PP-04, PP-08), with the clocks deadline it opened.
create table protection_task (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id),
    duty        text not null,
    rule        text not null,
    opened_at   timestamptz not null,
    deadline_id bigint,
    unique (case_id, duty)
);

create table protection_notification_attempt (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references protection_case (id),
    duty         text not null,
    recipient    text,
    attempted_at timestamptz not null,
    attempted_by text not null,
    succeeded    boolean not null,
    note         text,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    check (succeeded or note is not null)
);
create index protection_attempt_case_idx on protection_notification_attempt (case_id, duty);

create table protection_end (
    case_id                 bigint primary key references protection_case (id),
    kind                    text not null check (kind in ('RELEASED', 'EMERGENCY_PROTECTION_ORDER',
                                'LOCAL_AUTHORITY_ACCOMMODATION')),
    ended_at                timestamptz not null,
    ended_by                text not null,
    released_to             text,
    epo_granted_at          timestamptz,
    epo_applied_by_designated_officer boolean not null default false,
    details                 text,
    recorded_by             text not null,
    recorded_at             timestamptz not null
);
