-- Search by a nickname compares the first given name with a short list; index it so a
-- search narrows on the given name as well as the surname.
create index person_record_first_given_idx on person_record (lower(split_part(given_names, ' ', 1)));
