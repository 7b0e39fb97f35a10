-- Allegations against staff, the LADO referral (AL-01), process and outcome. Versioned.
create table wf_allegation (
    id                  uuid        not null,
    version             int         not null,
    staff_id            uuid        not null,
    establishment_id    uuid,
    received_at         timestamptz not null,
    category            text        not null,
    summary             text        not null,
    linked_incident_ids uuid[]      not null,
    referred_to_lado_at timestamptz,
    lado_reference      text,
    lado_process        text,
    outcome             text,
    concluded_at        timestamptz,
    recorded_at         timestamptz not null,
    recorded_by         text        not null,
    change_reason       text        not null,
    primary key (id, version)
);
create index wf_allegation_staff on wf_allegation (staff_id);

create view wf_allegation_current as
select distinct on (id) * from wf_allegation order by id, version desc;
