-- Education sessions with the staff present; a locked classroom without staff is an incident.
create table se_education_session (
    id               uuid        not null,
    version          int         not null,
    establishment_id uuid        not null references se_establishment (id),
    classroom        text        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    child_ids        bigint[]      not null,
    staff_ids        uuid[]      not null,
    classroom_locked boolean     not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    change_reason    text        not null,
    primary key (id, version),
    check (ends_at > starts_at)
);
create index se_education_session_establishment on se_education_session (establishment_id, starts_at);

create view se_education_session_current as
select distinct on (id) * from se_education_session order by id, version desc;
