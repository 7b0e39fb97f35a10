-- Separation / removal from association (SE-04, SE-05): versioned episodes, append-only observations and
-- written authorities.
create table se_separation (
    id                          uuid        not null,
    version                     int         not null,
    establishment_id            uuid        not null references se_establishment (id),
    child_person_id             bigint        not null,
    started_at                  timestamptz not null,
    ended_at                    timestamptz,
    reason                      text        not null,
    other_methods_tried         text,
    authorised_by               uuid        not null,
    reasons_given_in_writing_at timestamptz,
    recorded_at                 timestamptz not null,
    recorded_by                 text        not null,
    change_reason               text        not null,
    primary key (id, version),
    check (ended_at is null or ended_at > started_at)
);
create index se_separation_establishment on se_separation (establishment_id, started_at);
create index se_separation_child on se_separation (child_person_id);

create view se_separation_current as
select distinct on (id) * from se_separation order by id, version desc;

create table se_separation_observation (
    id            uuid primary key,
    separation_id uuid        not null,
    observed_at   timestamptz not null,
    staff_id      uuid        not null,
    note          text,
    recorded_at   timestamptz not null,
    recorded_by   text        not null
);
create index se_separation_observation_episode on se_separation_observation (separation_id, observed_at);

create table se_separation_authority (
    id            uuid primary key,
    separation_id uuid        not null,
    granted_at    timestamptz not null,
    valid_until   timestamptz not null,
    level         text        not null check (level in ('ESTABLISHMENT','SECRETARY_OF_STATE')),
    granted_by    uuid        not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    check (valid_until > granted_at)
);
create index se_separation_authority_episode on se_separation_authority (separation_id);
