-- Alerts raised to a named role in an establishment (healthcare lead, manager, monitor). Append-only; an
-- acknowledgement is a separate row.
create table se_alert (
    id               uuid primary key,
    establishment_id uuid        not null references se_establishment (id),
    child_person_id  bigint,
    rule_id          text        not null,
    kind             text        not null,
    for_role         text        not null,
    message          text        not null,
    source_id        uuid,
    raised_at        timestamptz not null
);
create index se_alert_establishment on se_alert (establishment_id, raised_at);
create unique index se_alert_once on se_alert (kind, source_id) where source_id is not null;

create table se_alert_acknowledgement (
    alert_id        uuid primary key references se_alert (id),
    acknowledged_at timestamptz not null,
    acknowledged_by text        not null
);
