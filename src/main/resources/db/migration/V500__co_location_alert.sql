-- A co-location alert: a record put an adult flagged as posing a risk to children at a
-- child's address, in a child's household, or as the partner of a child's parent.
-- Raised once per (child, adult, reason, place); what caused it is kept as ids.
create table co_location_alert (
    id               bigint generated always as identity primary key,
    child_person_id  bigint not null references person (id),
    risk_person_id   bigint not null references person (id),
    reason           text not null check (reason in ('SAME_ADDRESS', 'SAME_HOUSEHOLD', 'PARTNER_OF_PARENT', 'PRESENT_TOGETHER')),
    location_id      bigint references location (id),
    cause_link_ids   bigint[] not null default '{}',
    cause_flag_ids   bigint[] not null default '{}',
    cause_event_id   bigint references event (id),
    triggered_by     text not null,
    dedupe_key       text not null unique,
    raised_at        timestamptz not null
);
create index co_location_alert_child_idx on co_location_alert (child_person_id);
create index co_location_alert_risk_idx on co_location_alert (risk_person_id);
