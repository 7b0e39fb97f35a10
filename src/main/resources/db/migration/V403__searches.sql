-- Full and strip searches of children, each risk-assessed and authorised (SE-07). Versioned.
create table se_search (
    id                     uuid        not null,
    version                int         not null,
    establishment_id       uuid        not null references se_establishment (id),
    child_person_id        bigint        not null,
    kind                   text        not null check (kind in ('FULL','STRIP')),
    conducted_at           timestamptz not null,
    risk_assessment        text        not null,
    authorising_manager_id uuid        not null,
    reason                 text        not null,
    found                  text,
    present_staff_ids      uuid[]      not null,
    recorded_at            timestamptz not null,
    recorded_by            text        not null,
    change_reason          text        not null,
    primary key (id, version)
);
create index se_search_establishment on se_search (establishment_id, conducted_at);
create index se_search_child on se_search (child_person_id);

create view se_search_current as
select distinct on (id) * from se_search order by id, version desc;
