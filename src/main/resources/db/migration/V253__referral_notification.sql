-- What Haven told people about referrals (decisions fed back, challenges, overdue decisions). Read is a mark, not a deletion.
create table referral_notification (
    id           bigint generated always as identity primary key,
    user_id      bigint not null,
    referral_id  bigint not null references referral (id),
    kind         text not null,
    message      text not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index referral_notification_user_idx on referral_notification (user_id, read_at);
