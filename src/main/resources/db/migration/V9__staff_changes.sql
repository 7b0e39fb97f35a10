-- Who changed a member of staff's account, when and why: created, roles changed, disabled,
-- enabled, unlocked after failed sign-ins, password reset. Append-only like the access log.
create table app_user_change (
    id          bigint generated always as identity primary key,
    user_id     bigint not null references app_user (id),
    change      text not null check (change in ('CREATED', 'ROLES', 'DISABLED', 'ENABLED', 'UNLOCKED', 'PASSWORD_RESET')),
    detail      text,
    reason      text not null,
    changed_by  text not null,
    changed_at  timestamptz not null
);
create index app_user_change_user_idx on app_user_change (user_id, id desc);

create function app_user_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'app_user_change is append-only';
end $$;
create trigger app_user_change_append_only before update or delete on app_user_change
    for each row execute function app_user_change_is_append_only();
