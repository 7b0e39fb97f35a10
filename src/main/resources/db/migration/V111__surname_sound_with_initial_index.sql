-- Incremental matching looks records up by the surname's Double Metaphone code and the
-- forename's initial together; one index on both serves that lookup without reading every
-- record with a common surname's sound. It replaces the index on the code alone.
create index person_record_family_sound_initial_idx
    on person_record (dmetaphone(family_name), lower(left(given_names, 1)));
drop index person_record_family_metaphone_idx;
