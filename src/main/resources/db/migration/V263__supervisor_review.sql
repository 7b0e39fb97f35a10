-- Decisions waiting for a supervisor's review, each on its own clock; the answer is added to the row once.
create table supervisor_review (
    id               bigint generated always as identity primary key,
    subject_kind     text not null,
    subject_id       bigint not null,
    decision         text not null,
    decided_by       bigint not null,
    reviewer_user_id bigint not null,
    requested_at     timestamptz not null,
    due_at           timestamptz not null,
    reviewed_at      timestamptz,
    endorsed         boolean,
    comment          text,
    late             boolean,
    reason_for_delay text
);
create index supervisor_review_open_idx on supervisor_review (reviewer_user_id) where reviewed_at is null;
