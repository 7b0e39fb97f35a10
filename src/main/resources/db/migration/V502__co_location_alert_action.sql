-- What recipients did with an alert. Appended, never changed: the latest action is its state.
create table co_location_alert_action (
    id        bigint generated always as identity primary key,
    alert_id  bigint not null references co_location_alert (id),
    action    text not null check (action in ('ACKNOWLEDGED', 'CLOSED')),
    note      text not null,
    taken_by  text not null,
    taken_at  timestamptz not null
);
create index co_location_alert_action_alert_idx on co_location_alert_action (alert_id, taken_at desc);
