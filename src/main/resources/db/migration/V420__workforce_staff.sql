-- Staff records with vetting, supervision and training (REC-01, REC-02). Versioned.
create table wf_staff_member (
    id                            uuid        not null,
    version                       int         not null,
    establishment_id              uuid,
    display_name                  text        not null,
    role                          text        not null,
    regulated_activity            boolean     not null,
    months_experience_with_children int       not null,
    enhanced_dbs                  text        not null,
    separate_barred_list_check    text        not null,
    supervisor_id                 uuid,
    start_date                    date,
    training                      text[]      not null,
    recorded_at                   timestamptz not null,
    recorded_by                   text        not null,
    change_reason                 text        not null,
    primary key (id, version)
);
create index wf_staff_member_establishment on wf_staff_member (establishment_id);

create view wf_staff_member_current as
select distinct on (id) * from wf_staff_member order by id, version desc;
