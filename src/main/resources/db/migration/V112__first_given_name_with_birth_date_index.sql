-- Incremental matching also looks for the same forename born within a year; with the date of
-- birth in the index beside the first given name, that is one range scan instead of reading
-- every record with a common forename (or every birth in two years). Search by a given name
-- uses the same index through its first column, so it replaces the index on the name alone.
create index person_record_first_given_dob_idx
    on person_record (lower(split_part(given_names, ' ', 1)), date_of_birth);
drop index person_record_first_given_idx;
