-- One row per police protection case with what the register shows: the read model behind /protection.
create view protection_register_row as
select p.id,
       p.child_person_id,
       p.taken_at,
       p.jurisdiction,
       e.ended_at,
       e.kind as end_kind,
       (select pl.place from protection_place pl where pl.case_id = p.id order by pl.id desc limit 1) as current_place,
       exists (select 1 from protection_place pl where pl.case_id = p.id and pl.place = 'POLICE_STATION')
           as police_station_used,
       exists (select 1 from protection_designated_officer d where d.case_id = p.id) as designated_officer_named,
       (select count(*) from protection_task t
         where t.case_id = p.id
           and not exists (select 1 from protection_notification_attempt a
                           where a.case_id = t.case_id and a.duty = t.duty and a.succeeded)) as duties_outstanding
from protection_case p
left join protection_end e on e.case_id = p.id;
