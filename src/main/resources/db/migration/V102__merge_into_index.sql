-- The person page counts, and the merges page lists, the merges into a person.
create index person_merge_into_idx on person_merge (into_person_id);
create index person_merge_from_idx on person_merge (from_person_id);
-- Facts kept by person id are read for a person and every person merged into it.
create index person_merged_into_idx on person (merged_into) where merged_into is not null;
