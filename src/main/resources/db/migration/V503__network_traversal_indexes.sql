-- Covering indexes so that a hop of the risk network reads links from the index alone.
create index link_from_traversal_idx on link (from_record)
    include (type, to_record, to_location, to_thing, valid_to, ended_at);
create index link_to_record_traversal_idx on link (to_record)
    include (type, from_record, valid_to, ended_at) where to_record is not null;
create index link_to_location_traversal_idx on link (to_location)
    include (type, from_record, valid_from, valid_to, ended_at) where to_location is not null;
create index link_to_thing_traversal_idx on link (to_thing)
    include (type, from_record, valid_to, ended_at) where to_thing is not null;
create index person_record_person_dob_idx on person_record (person_id) include (date_of_birth);
create index event_participant_event_idx on event_participant (event_id) include (record_id, role);
