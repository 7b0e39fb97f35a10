-- The person page counts, and the merges page lists, the merges into a person.
create index person_merge_into_idx on person_merge (into_person_id);
create index person_merge_from_idx on person_merge (from_person_id);
