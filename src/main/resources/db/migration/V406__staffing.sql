-- Planned against actual staff per unit per shift. Versioned.
create table se_shift_staffing (
    id            uuid        not null,
    version       int         not null,
    unit_id       uuid        not null references se_unit (id),
    day           date        not null,
    shift         text        not null check (shift in ('EARLY','LATE','NIGHT')),
    planned       int         not null check (planned >= 0),
    actual        int         not null check (actual >= 0),
    children      int         not null check (children >= 0),
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    change_reason text        not null,
    primary key (id, version)
);
create unique index se_shift_staffing_slot on se_shift_staffing (unit_id, day, shift, version);

create view se_shift_staffing_current as
select distinct on (id) * from se_shift_staffing order by id, version desc;
