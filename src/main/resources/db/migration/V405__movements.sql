-- The movements and regime record from which time out of room is computed (SE-08). Append-only; a wrong entry
-- is withdrawn by a later row naming it, never deleted.
create table se_movement (
    id               uuid primary key,
    establishment_id uuid        not null references se_establishment (id),
    child_person_id  bigint        not null,
    moved_at         timestamptz not null,
    kind             text        not null check (kind in ('LEFT_ROOM','RETURNED_TO_ROOM')),
    activity         text,
    withdraws        uuid references se_movement (id),
    withdrawn_reason text,
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
create index se_movement_child on se_movement (child_person_id, moved_at);
create index se_movement_establishment on se_movement (establishment_id, moved_at);
