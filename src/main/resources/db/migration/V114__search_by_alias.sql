-- Search finds a person by a name an agency recorded as an alias ("also known as"): each alias
-- is split into lower-case words, and a record is found when every word typed is among the
-- words of its aliases. The index covers only records that have aliases, so the records
-- without any (nearly all) cost an import nothing.
create function alias_words(aliases text[]) returns text[]
    language sql immutable parallel safe
    return (select coalesce(array_agg(distinct w), '{}')
            from unnest(aliases) a, regexp_split_to_table(lower(a), '[\s,]+') w
            where w <> '');

create index person_record_alias_words_idx on person_record using gin (alias_words(aliases))
    where aliases <> '{}';
