-- Pairs of records the matcher could not decide (the uncertain band, or a guard such as a sealed
-- record), waiting for a person. The evidence is each field's level and contribution.
create table match_review (
    id                bigint generated always as identity primary key,
    left_record_id    bigint not null references person_record (id),
    right_record_id   bigint not null references person_record (id),
    match_probability double precision not null,
    match_weight      double precision not null,
    evidence          jsonb not null,
    reason            text not null,
    status            text not null default 'OPEN'
                      check (status in ('OPEN', 'SAME', 'NOT_SAME', 'NEED_MORE_INFORMATION')),
    created_at        timestamptz not null,
    check (left_record_id < right_record_id),
    unique (left_record_id, right_record_id)
);
create index match_review_waiting_idx on match_review (status) where status in ('OPEN', 'NEED_MORE_INFORMATION');

-- Every decision about whether two records are one person, by a person or by the matcher, with
-- who, why and the evidence. Never updated or deleted.
create table identity_decision (
    id               bigint generated always as identity primary key,
    review_id        bigint references match_review (id),
    left_record_id   bigint not null references person_record (id),
    right_record_id  bigint not null references person_record (id),
    decision         text not null
                     check (decision in ('SAME', 'NOT_SAME', 'NEED_MORE_INFORMATION', 'AUTOMATIC_LINK', 'SPLIT')),
    decided_by       text not null,
    reason           text not null,
    evidence         jsonb not null,
    decided_at       timestamptz not null
);
create index identity_decision_pair_idx on identity_decision (left_record_id, right_record_id);

-- A merge moves the records of one person into another; the person itself stays (merged_into).
-- The records moved are kept so that a split restores exactly the earlier persons.
create table person_merge (
    id              bigint generated always as identity primary key,
    from_person_id  bigint not null references person (id),
    into_person_id  bigint not null references person (id),
    record_ids      bigint[] not null,
    decision_id     bigint not null references identity_decision (id),
    merged_by       text not null,
    merged_at       timestamptz not null
);

-- The undoing of a merge: a new fact, the merge row stays as it was.
create table person_split (
    merge_id     bigint primary key references person_merge (id),
    decision_id  bigint not null references identity_decision (id),
    split_by     text not null,
    split_at     timestamptz not null
);
