-- Medication administration record and medical appointments. Versioned.
create table se_medication_dose (
    id               uuid        not null,
    version          int         not null,
    establishment_id uuid        not null references se_establishment (id),
    child_person_id  bigint        not null,
    medicine         text        not null,
    scheduled_at     timestamptz not null,
    outcome          text        not null check (outcome in ('GIVEN','REFUSED','MISSED')),
    reason           text,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    change_reason    text        not null,
    primary key (id, version),
    check (outcome = 'GIVEN' or reason is not null)
);
create index se_medication_dose_establishment on se_medication_dose (establishment_id, scheduled_at);

create view se_medication_dose_current as
select distinct on (id) * from se_medication_dose order by id, version desc;

create table se_medical_appointment (
    id               uuid        not null,
    version          int         not null,
    establishment_id uuid        not null references se_establishment (id),
    child_person_id  bigint        not null,
    service          text        not null,
    scheduled_at     timestamptz not null,
    outcome          text        not null check (outcome in ('ATTENDED','LATE_SEEN','LATE_NOT_SEEN','MISSED')),
    reason           text,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    change_reason    text        not null,
    primary key (id, version),
    check (outcome = 'ATTENDED' or reason is not null)
);
create index se_medical_appointment_establishment on se_medical_appointment (establishment_id, scheduled_at);

create view se_medical_appointment_current as
select distinct on (id) * from se_medical_appointment order by id, version desc;
