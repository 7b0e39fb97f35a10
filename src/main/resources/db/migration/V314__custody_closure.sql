-- Leaving custody: a record closes only with a referral to children's social care or the reason
-- there is none. Planned breach arrests keep the PACE-11 warning they were given.
create table custody_closure (
    record_id          bigint primary key references custody_record (id),
    closed_at          timestamptz not null,
    closed_by          text not null,
    outcome            text not null,
    referral_reference text,
    referral_made_at   timestamptz,
    no_referral_reason text,
    recorded_at        timestamptz not null,
    check (referral_reference is not null or no_referral_reason is not null)
);

create table custody_breach_arrest_plan (
    id              bigint generated always as identity primary key,
    child_person_id bigint not null,
    kind            text not null,
    planned_for     timestamptz not null,
    planned_by      text not null,
    warning         text,
    recorded_at     timestamptz not null
);
