-- Who an alert went to, and why them (the adult's offender manager, the child's social
-- worker, or the safeguarding hub of the child's local authority).
create table co_location_alert_recipient (
    alert_id  bigint not null references co_location_alert (id),
    user_id   bigint not null references app_user (id),
    why       text not null,
    primary key (alert_id, user_id)
);
create index co_location_alert_recipient_user_idx on co_location_alert_recipient (user_id);
