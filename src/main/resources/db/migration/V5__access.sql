-- Who is involved in a child's case (allocated worker, officer in the case, keyworker).
create table case_involvement (
    person_id  bigint not null references person (id),
    user_id    bigint not null references app_user (id),
    role       text not null,
    since      timestamptz not null,
    until      timestamptz,
    primary key (person_id, user_id, role)
);

-- Records only named roles may open (an adopted child's former identity, a refuge address).
create table sealed_person (
    person_id  bigint primary key references person (id),
    reason     text not null,
    sealed_by  text not null,
    sealed_at  timestamptz not null
);

-- Every read of personal data. Append-only; each entry carries the hash of the one before.
create table access_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    username    text not null,
    role        text not null,
    agency_code text not null,
    person_id   bigint,
    action      text not null,
    channel     text not null,
    reason      text,
    break_glass boolean not null default false,
    prev_hash   text not null,
    hash        text not null
);
create index access_log_person_idx on access_log (person_id, at desc);
create index access_log_break_glass_idx on access_log (id) where break_glass;

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end $$;
create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_is_append_only();

create table break_glass_review (
    access_log_id bigint primary key references access_log (id),
    reviewed_by   text not null,
    reviewed_at   timestamptz not null,
    outcome       text not null check (outcome in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    note          text not null
);
