-- SE-07: outbox of notifications to the local safeguarding partnership when restraint injures a child.
-- Sent and retried with backoff until the partnership acknowledges; every attempt is kept.
create table se_partnership_notification (
    id                 uuid primary key,
    use_of_force_id    uuid        not null unique,
    establishment_id   uuid        not null references se_establishment (id),
    partnership        text        not null,
    payload            text        not null,
    created_at         timestamptz not null,
    attempts           int         not null default 0,
    next_attempt_at    timestamptz not null,
    last_error         text,
    acknowledged_at    timestamptz,
    acknowledged_ref   text
);
create index se_partnership_notification_due on se_partnership_notification (next_attempt_at) where acknowledged_at is null;

create table se_partnership_notification_attempt (
    id              uuid primary key,
    notification_id uuid        not null references se_partnership_notification (id),
    attempted_at    timestamptz not null,
    outcome         text        not null,
    detail          text
);
