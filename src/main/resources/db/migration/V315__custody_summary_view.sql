-- One row per custody record with what oversight counts: the read model behind the custody dashboard.
create view custody_record_summary as
select r.id,
       r.custody_number,
       r.child_person_id,
       r.suite,
       r.age_at_arrival,
       r.arrest_kind,
       r.arrived_at,
       c.closed_at,
       c.outcome,
       (c.referral_reference is not null) as referred,
       aa.requested_at as aa_requested_at,
       aa.arrived_at   as aa_arrived_at,
       exists (select 1 from custody_youth_assessment y where y.record_id = r.id and y.done_at is not null)
           as youth_assessment_done,
       exists (select 1 from custody_transfer_decision t where t.record_id = r.id)
           as charged_and_refused_bail,
       exists (select 1 from custody_la_request q where q.record_id = r.id)
           as transfer_requested,
       (c.outcome = 'TRANSFERRED_TO_LOCAL_AUTHORITY') as transfer_achieved,
       (select p.place from custody_detention_place p where p.record_id = r.id order by p.id desc limit 1)
           as place,
       exists (select 1 from custody_strip_search s where s.record_id = r.id) as strip_searched,
       exists (select 1 from custody_strip_search s where s.record_id = r.id and s.exposes_intimate_parts
               and not s.appropriate_adult_present) as searched_without_aa
from custody_record r
left join custody_closure c on c.record_id = r.id
left join lateral (select a.requested_at, a.arrived_at from custody_appropriate_adult a
                   where a.record_id = r.id order by a.id desc limit 1) aa on true;
