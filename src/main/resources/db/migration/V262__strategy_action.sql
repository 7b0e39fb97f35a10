-- An action agreed at a strategy discussion, with its owner and deadline; done late records why.
create table strategy_action (
    id             bigint generated always as identity primary key,
    discussion_id  bigint not null references strategy_discussion (id),
    description    text not null,
    owner_user_id  bigint not null,
    due_at         timestamptz not null,
    added_by       bigint not null,
    added_at       timestamptz not null,
    done_at        timestamptz,
    late           boolean,
    reason_for_delay text
);
create index strategy_action_owner_idx on strategy_action (owner_user_id, done_at);
