-- Charged and refused bail: the transfer decision (PACE-07 to PACE-10), the refused certificates
-- kept for oversight, and the requests to the local authority.
create table custody_transfer_decision (
    id                         bigint generated always as identity primary key,
    record_id                  bigint not null references custody_record (id),
    charged_at                 timestamptz not null,
    bail_refused_at            timestamptz not null,
    decided_by                 text not null,
    ground                     text not null check (ground in ('TRANSFER', 'IMPRACTICABLE',
                                   'NO_SECURE_ACCOMMODATION_SERIOUS_HARM')),
    impracticability_reason    text,
    secure_unavailable         boolean not null,
    other_would_not_protect    boolean not null,
    explanation                text,
    recorded_by                text not null,
    recorded_at                timestamptz not null
);
create index custody_transfer_record_idx on custody_transfer_decision (record_id, id);

create table custody_refused_certificate (
    id                      bigint generated always as identity primary key,
    record_id               bigint not null references custody_record (id),
    ground                  text,
    impracticability_reason text,
    rule                    text not null,
    reason                  text not null,
    attempted_by            text not null,
    attempted_at            timestamptz not null
);

create table custody_la_request (
    id              bigint generated always as identity primary key,
    record_id       bigint not null references custody_record (id),
    local_authority text not null,
    secure_requested boolean not null,
    asked_at        timestamptz not null,
    answered_at     timestamptz,
    answer          text check (answer in ('NON_SECURE_OFFERED', 'SECURE_OFFERED', 'NO_ACCOMMODATION', 'REFUSED')),
    escalation      text,
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index custody_la_request_record_idx on custody_la_request (record_id, id);
