-- Each of these is a prefix of a covering traversal index from V503 (same key, same condition),
-- which serves every query they served; keeping both only doubled the index work of every
-- link written, the larger part of an import's cost per link.
drop index if exists link_from_idx;
drop index if exists link_to_record_idx;
drop index if exists link_to_location_idx;
drop index if exists link_to_thing_idx;
