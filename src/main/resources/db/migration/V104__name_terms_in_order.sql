-- Imports write two chunks at once; both may add the same new names. Adding them in name
-- order means two writers wait for each other at most one way round, never in a circle.
create or replace function remember_name_terms() returns trigger language plpgsql as $$
begin
    insert into family_name_term (name)
    select distinct lower(family_name) from written where family_name <> '' order by 1
    on conflict do nothing;
    insert into given_name_term (name)
    select distinct lower(split_part(given_names, ' ', 1)) from written where given_names <> '' order by 1
    on conflict do nothing;
    return null;
end $$;
