-- Records and links are the tables an import writes by the ten thousand. A foreign key checks
-- each new row on its own and locks the row it points at; with two import writers both locking
-- the same agency and the same places, those checks took a quarter of the database's time
-- (docs/adr/0007-references-checked-per-statement.md). Here the references of person_record and
-- link are checked once per statement, over all the rows it wrote, and the tables they point at
-- refuse deletes, so a row found by the check cannot go away before the writer commits: the
-- guarantee a foreign key gives, held by the database as before.

-- Haven deletes none of these: a correction is a new version, a merge re-points records, a link
-- is ended, not removed.
create function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are never deleted: a correction is a new version, and an ended link keeps its end',
        tg_table_name using errcode = 'restrict_violation', table = tg_table_name;
end $$;

-- A row's id is what others point at; it never changes.
create function refuse_new_id() returns trigger language plpgsql as $$
begin
    raise exception 'the id of a row of % never changes', tg_table_name
        using errcode = 'restrict_violation', table = tg_table_name;
end $$;

create trigger agency_never_deleted before delete or truncate on agency
    for each statement execute function refuse_delete();
create trigger person_never_deleted before delete or truncate on person
    for each statement execute function refuse_delete();
create trigger person_record_never_deleted before delete or truncate on person_record
    for each statement execute function refuse_delete();
create trigger location_never_deleted before delete or truncate on location
    for each statement execute function refuse_delete();
create trigger thing_never_deleted before delete or truncate on thing
    for each statement execute function refuse_delete();

create trigger agency_id_kept before update of id on agency
    for each row when (new.id is distinct from old.id) execute function refuse_new_id();
create trigger person_id_kept before update of id on person
    for each row when (new.id is distinct from old.id) execute function refuse_new_id();
create trigger person_record_id_kept before update of id on person_record
    for each row when (new.id is distinct from old.id) execute function refuse_new_id();
create trigger location_id_kept before update of id on location
    for each row when (new.id is distinct from old.id) execute function refuse_new_id();
create trigger thing_id_kept before update of id on thing
    for each row when (new.id is distinct from old.id) execute function refuse_new_id();

-- Raises what a foreign key would (SQL state 23503, with the constraint's name) when any row the
-- statement wrote points at a row that is not there. Each reference is given as (column, table it
-- points at, constraint name) in the trigger's arguments. The query is planned at each call
-- (execute), for the number of rows written: a plan cached for one row would walk an index twenty
-- thousand times, one cached for twenty thousand would read a whole table for one row.
create function check_references() returns trigger language plpgsql as $$
declare
    missing bigint;
begin
    for i in 0 .. tg_nargs / 3 - 1 loop
        execute format('select w.%1$I from written w where w.%1$I is not null
                        and not exists (select 1 from %2$I t where t.id = w.%1$I) limit 1',
                       tg_argv[3 * i], tg_argv[3 * i + 1]) into missing;
        if missing is not null then
            raise exception 'insert or update on table "%" violates foreign key constraint "%"',
                tg_table_name, tg_argv[3 * i + 2]
                using errcode = 'foreign_key_violation', constraint = tg_argv[3 * i + 2], table = tg_table_name,
                      detail = format('Key (%s)=(%s) is not present in table "%s".', tg_argv[3 * i], missing,
                                      tg_argv[3 * i + 1]);
        end if;
    end loop;
    return null;
end $$;

-- One trigger for inserts and one for updates, with the same references: PostgreSQL allows a
-- transition table only on a trigger for one event.
alter table person_record drop constraint person_record_person_id_fkey,
                          drop constraint person_record_agency_id_fkey;
create trigger person_record_references_on_insert after insert on person_record
    referencing new table as written for each statement execute function check_references(
        'person_id', 'person', 'person_record_person_id_fkey',
        'agency_id', 'agency', 'person_record_agency_id_fkey');
create trigger person_record_references_on_update after update on person_record
    referencing new table as written for each statement execute function check_references(
        'person_id', 'person', 'person_record_person_id_fkey',
        'agency_id', 'agency', 'person_record_agency_id_fkey');

alter table link drop constraint link_from_record_fkey,
                 drop constraint link_to_record_fkey,
                 drop constraint link_to_location_fkey,
                 drop constraint link_to_thing_fkey,
                 drop constraint link_agency_id_fkey;
create trigger link_references_on_insert after insert on link
    referencing new table as written for each statement execute function check_references(
        'from_record', 'person_record', 'link_from_record_fkey',
        'to_record', 'person_record', 'link_to_record_fkey',
        'to_location', 'location', 'link_to_location_fkey',
        'to_thing', 'thing', 'link_to_thing_fkey',
        'agency_id', 'agency', 'link_agency_id_fkey');
create trigger link_references_on_update after update on link
    referencing new table as written for each statement execute function check_references(
        'from_record', 'person_record', 'link_from_record_fkey',
        'to_record', 'person_record', 'link_to_record_fkey',
        'to_location', 'location', 'link_to_location_fkey',
        'to_thing', 'thing', 'link_to_thing_fkey',
        'agency_id', 'agency', 'link_agency_id_fkey');
