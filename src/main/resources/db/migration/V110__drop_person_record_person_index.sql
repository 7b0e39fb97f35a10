-- person_record_person_dob_idx (person_id) include (date_of_birth) serves every lookup by person;
-- the narrower index on person_id alone only added work to every record written.
drop index if exists person_record_person_idx;
