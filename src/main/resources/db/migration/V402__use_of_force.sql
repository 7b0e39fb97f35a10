-- Use of force on children (SE-01, SE-02, SE-03, SE-07). Versioned: the child's account and the manager's
-- review are added as later versions; nothing is overwritten.
create table se_use_of_force (
    id                           uuid        not null,
    version                      int         not null,
    establishment_id             uuid        not null references se_establishment (id),
    child_person_id              bigint        not null,
    location                     text        not null,
    started_at                   timestamptz not null,
    ended_at                     timestamptz not null,
    staff_ids                    uuid[]      not null,
    reason                       text        not null,
    de_escalation                text        not null,
    technique_codes              text[]      not null,
    pain_inducing                boolean     not null,
    face_down                    boolean     not null,
    immediate_risk_justification text,
    body_worn_video_ref          text,
    healthcare_attended_at       timestamptz,
    child_injury                 text,
    staff_injury                 text,
    child_spoken_to_at           timestamptz,
    child_account                text,
    manager_reviewed_at          timestamptz,
    manager_reviewed_by          text,
    manager_review               text,
    recorded_at                  timestamptz not null,
    recorded_by                  text        not null,
    change_reason                text        not null,
    primary key (id, version),
    check (ended_at > started_at)
);
create index se_use_of_force_establishment on se_use_of_force (establishment_id, started_at);
create index se_use_of_force_child on se_use_of_force (child_person_id);

create view se_use_of_force_current as
select distinct on (id) * from se_use_of_force order by id, version desc;
