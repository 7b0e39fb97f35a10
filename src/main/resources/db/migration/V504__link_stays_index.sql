-- Stays and visits are few among the links; hotspots read all of them, so keep them in their own small index.
create index link_stays_and_visits_idx on link (to_location) include (from_record, valid_from, valid_to)
    where type in ('STAYS_AT', 'FREQUENTS');
