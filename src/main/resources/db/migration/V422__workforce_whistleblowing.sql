-- Anonymous whistleblowing: no reporter identity, only the hash of the follow-up reference. Append-only messages.
create table wf_whistleblowing_report (
    id               uuid primary key,
    reference_hash   text        not null unique,
    establishment_id uuid,
    received_at      timestamptz not null,
    concern          text        not null
);

create table wf_whistleblowing_message (
    id          uuid primary key,
    report_id   uuid        not null references wf_whistleblowing_report (id),
    written_at  timestamptz not null,
    from_reporter boolean   not null,
    author_role text,
    body        text        not null,
    status      text
);
create index wf_whistleblowing_message_report on wf_whistleblowing_message (report_id, written_at);
