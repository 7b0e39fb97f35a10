-- Flags as the risk network reads them: a flag raised against a person who was later merged
-- into another is read against the person holding their records now (ADR 0004), so a
-- registered sex offender's flag still reaches the household of the person they became.
-- Two branches, so a lookup by person uses flag_person_idx or person_holder_holder_idx.
-- When the flag table gains a column the risk network needs, add it here too.
create view held_flag as
select f.id, f.person_id, f.location_id, f.type, f.reason, f.owner_agency_id, f.owner_contact, f.review_on,
       f.expires_on, f.visibility, f.raised_by, f.raised_at, f.withdrawn_by, f.withdrawn_at, f.withdrawn_reason
from flag f
where not exists (select 1 from person_holder h where h.person_id = f.person_id and h.holder_id <> h.person_id)
union all
select f.id, h.holder_id, f.location_id, f.type, f.reason, f.owner_agency_id, f.owner_contact, f.review_on,
       f.expires_on, f.visibility, f.raised_by, f.raised_at, f.withdrawn_by, f.withdrawn_at, f.withdrawn_reason
from flag f join person_holder h on h.person_id = f.person_id and h.holder_id <> h.person_id;
