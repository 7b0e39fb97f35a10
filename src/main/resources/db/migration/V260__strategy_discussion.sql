-- A strategy discussion: convened (CP-02 starts), then held and recorded once; CP-05 is linked when s47 enquiries start.
create table strategy_discussion (
    id                    bigint generated always as identity primary key,
    convened_from_kind    text not null,
    convened_from_ref     text not null,
    child_person_id       bigint not null,
    la_agency_id          bigint not null,
    jurisdiction          text not null check (jurisdiction in ('ENGLAND', 'WALES')),
    reason                text not null,
    convened_by           bigint not null,
    convened_at           timestamptz not null,
    due_at                timestamptz not null,
    held_at               timestamptz,
    late                  boolean,
    reason_for_delay      text,
    information_shared    text,
    investigation         text,
    s47_enquiries         boolean,
    immediate_protection  boolean,
    rationale             text,
    recorded_by           bigint,
    recorded_at           timestamptz,
    conference_due_at     timestamptz,
    conference_held_at    timestamptz,
    conference_late       boolean,
    conference_reason_for_delay text,
    constraint discussion_late_reason check (late is not true or reason_for_delay is not null)
);
create index strategy_discussion_from_idx on strategy_discussion (convened_from_kind, convened_from_ref);
