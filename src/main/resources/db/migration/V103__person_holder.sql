-- For each person merged into another, the person that holds their records now, following
-- later merges to the end of the chain. Derived from person.merged_into and kept by identity
-- at every merge and split, so that readers of facts kept by person id (flags above all) can
-- join through it with an index instead of walking the chain (ADR 0004). A row whose holder
-- is the person itself is one that a split restored.
create table person_holder (
    person_id bigint primary key references person (id),
    holder_id bigint not null references person (id)
);
create index person_holder_holder_idx on person_holder (holder_id);

insert into person_holder (person_id, holder_id)
with recursive chain (person_id, id, depth) as (
    select id, merged_into, 1 from person where merged_into is not null
    union all
    select c.person_id, p.merged_into, c.depth + 1 from chain c join person p on p.id = c.id
    where p.merged_into is not null and c.depth < 100)
select distinct on (person_id) person_id, id from chain order by person_id, depth desc;
