-- Person search finds names the way a practitioner remembers them: misspelt, sounding alike,
-- or a nickname. Fuzzy matching over every record's name made a misspelt common surname
-- recheck tens of thousands of rows. Instead the fuzzy step runs over the distinct names
-- (a few thousand in a force area, far fewer than records), and records are then read
-- exactly by (surname, first given name) through one composite index.
create table family_name_term (name text primary key);
create table given_name_term (name text primary key);

create index family_name_term_trgm_idx on family_name_term using gin (name gin_trgm_ops);
create index family_name_term_metaphone_idx on family_name_term (dmetaphone(name));
create index given_name_term_trgm_idx on given_name_term using gin (name gin_trgm_ops);
create index given_name_term_metaphone_idx on given_name_term (dmetaphone(name));

create index person_record_family_given_idx
    on person_record (lower(family_name), lower(split_part(given_names, ' ', 1)));

insert into family_name_term (name)
select distinct lower(family_name) from person_record where family_name <> '';
insert into given_name_term (name)
select distinct lower(split_part(given_names, ' ', 1)) from person_record where given_names <> '';
analyze family_name_term;
analyze given_name_term;

-- Every statement that writes records adds the names it has not seen before, once per
-- statement (not per row), so a bulk import pays one set-based insert per chunk.
create function remember_name_terms() returns trigger language plpgsql as $$
begin
    insert into family_name_term (name)
    select distinct lower(family_name) from written where family_name <> ''
    on conflict do nothing;
    insert into given_name_term (name)
    select distinct lower(split_part(given_names, ' ', 1)) from written where given_names <> ''
    on conflict do nothing;
    return null;
end $$;

create trigger person_record_name_terms_on_insert after insert on person_record
    referencing new table as written for each statement execute function remember_name_terms();
create trigger person_record_name_terms_on_update after update on person_record
    referencing new table as written for each statement execute function remember_name_terms();

-- The record-level trigram indexes served only the old search; the Double Metaphone index
-- on surnames stays, as incremental matching blocks on it.
drop index person_record_family_trgm_idx;
drop index person_record_given_trgm_idx;
