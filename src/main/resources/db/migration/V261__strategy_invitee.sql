-- Who was invited to a strategy discussion, for which agency and how senior; attendance is recorded with the discussion.
create table strategy_invitee (
    id             bigint generated always as identity primary key,
    discussion_id  bigint not null references strategy_discussion (id),
    user_id        bigint,
    name           text not null,
    agency         text not null,
    seniority      text not null,
    attended       boolean,
    invited_by     bigint not null,
    invited_at     timestamptz not null
);
create index strategy_invitee_discussion_idx on strategy_invitee (discussion_id);
