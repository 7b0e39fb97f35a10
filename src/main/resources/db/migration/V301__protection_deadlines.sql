-- The clocks register deadline for each case's 72 hours (PP-02).
create table protection_deadline (
    case_id     bigint not null references protection_case (id),
    deadline_id bigint not null,
    primary key (case_id, deadline_id)
);
