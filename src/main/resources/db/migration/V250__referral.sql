-- A practitioner's referral (PPN) about a child, as sent: never edited; decisions and challenges are added beside it.
-- Ids of persons, users and agencies belong to other modules; they are kept as plain ids.
create table referral (
    id                      bigint generated always as identity primary key,
    reference               text not null unique,
    child_person_id         bigint not null,
    referrer_user_id        bigint not null,
    referrer_agency_id      bigint not null,
    referrer_team           text,
    referrer_supervisor_id  bigint,
    la_agency_id            bigint not null,
    la_area_code            text not null,
    jurisdiction            text not null check (jurisdiction in ('ENGLAND', 'WALES')),
    categories              text[] not null,
    what_happened           text not null,
    childs_voice            text,
    childs_voice_not_obtained text,
    demeanour               text,
    demeanour_not_obtained  text,
    consent                 text not null,
    lawful_basis            text,
    household_children      text,
    no_other_children       boolean not null,
    quality_score           int not null,
    quality_missing         text[] not null,
    history                 jsonb not null,
    sent_at                 timestamptz not null,
    decision_due_at         timestamptz not null,
    decision_warn_at        timestamptz,
    constraint referral_voice check (childs_voice is not null or childs_voice_not_obtained is not null),
    constraint referral_demeanour check (demeanour is not null or demeanour_not_obtained is not null)
);
create index referral_la_idx on referral (la_agency_id, sent_at);
create index referral_child_idx on referral (child_person_id);
create index referral_referrer_idx on referral (referrer_user_id);
