-- Children placed in secure establishments. Versioned: an end or correction is a new version with who, when, why.
create table se_placement (
    id                   uuid        not null,
    version              int         not null,
    child_person_id      bigint        not null,
    child_reference      text        not null,
    establishment_id     uuid        not null references se_establishment (id),
    unit_id              uuid        not null references se_unit (id),
    room_id              uuid references se_room (id),
    placing_authority    text        not null,
    youth_offending_team text,
    started_at           timestamptz not null,
    ended_at             timestamptz,
    recorded_at          timestamptz not null,
    recorded_by          text        not null,
    change_reason        text        not null,
    primary key (id, version),
    check (ended_at is null or ended_at > started_at)
);
create index se_placement_child on se_placement (child_person_id);
create index se_placement_establishment on se_placement (establishment_id);

create view se_placement_current as
select distinct on (id) * from se_placement order by id, version desc;
