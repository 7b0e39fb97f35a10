package haven.identity.internal;

import haven.identity.PersonMatch;
import haven.identity.PersonQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds persons the way a practitioner remembers them: a misspelt surname (trigram
 * similarity or the same Double Metaphone code), a nickname ("Bill" for William), a name an
 * agency recorded as an alias, a date of birth, or an identifier typed with or without spaces.
 *
 * <p>The fuzzy step runs over the distinct names Haven holds ({@code family_name_term},
 * {@code given_name_term}, kept by a trigger), which are few; the records are then read
 * exactly by surname and first given name through one index. So a misspelt common surname
 * costs a handful of index lookups, not a recheck of every record that shares its trigrams.
 */
@Component
public class PersonSearch {
    /** Names close enough to be worth reading records for, best first. */
    private static final int FAMILY_TERMS = 30;
    private static final int GIVEN_TERMS = 40;
    /** Records read for one search at most; a name pair this common needs a date of birth to narrow it. */
    private static final int RECORDS_READ = 4_000;
    private static final double GIVEN_ONLY_WEIGHT = 0.5;

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonMatch> search(PersonQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> scores = new HashMap<>();
        if (query.identifier() != null && !query.identifier().isBlank()) {
            String id = query.identifier().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            jdbc.sql("""
                    select distinct person_id from person_record
                    where nhs_number = :id or pnc_id = :id or upn = :id or la_id = :id limit 200""")
                    .param("id", id).query(Long.class).list().forEach(p -> scores.merge(p, 10.0, Double::sum));
        }
        if (query.name() != null && !query.name().isBlank()) {
            String[] tokens = query.name().toLowerCase(Locale.ROOT).trim().split("[\\s,]+");
            String family = tokens[tokens.length - 1];
            String given = tokens.length > 1 ? tokens[0] : null;
            Map<String, Double> families = familyTerms(family);
            if (given != null) {
                byNames(families, givenTerms(given), query.dateOfBirth()).forEach((p, s) -> scores.merge(p, s, Double::sum));
            } else { // a single word may be a surname or a given name
                bySurname(families, query.dateOfBirth(), limit).forEach((p, s) -> scores.merge(p, s, Double::sum));
                byGivenOnly(givenTerms(family), query.dateOfBirth(), limit).forEach((p, s) -> scores.merge(p, s, Double::sum));
            }
            byAlias(tokens, query.dateOfBirth()).forEach((p, s) -> scores.merge(p, s, Math::max));
        } else if (query.dateOfBirth() != null) {
            jdbc.sql("select distinct person_id from person_record where date_of_birth = :d limit 200")
                    .param("d", query.dateOfBirth()).query(Long.class).list()
                    .forEach(p -> scores.merge(p, 1.0, Double::sum));
        }
        var best = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(limit).toList();
        Map<Long, PersonMatch> summaries = new HashMap<>();
        summaries(best.stream().map(Map.Entry::getKey).toList()).forEach(m -> summaries.put(m.personId(), m));
        var result = new ArrayList<PersonMatch>();
        for (var e : best) {
            var m = summaries.get(e.getKey());
            if (m != null) {
                result.add(new PersonMatch(m.personId(), m.name(), m.dateOfBirth(), m.sex(), m.records(), e.getValue(),
                        m.aliases()));
            }
        }
        result.sort(Comparator.comparingDouble(PersonMatch::score).reversed());
        return result;
    }

    /** Surnames Haven holds that look or sound like this one, with their trigram similarity (each branch of the union uses its own index). */
    private Map<String, Double> familyTerms(String family) {
        var out = new LinkedHashMap<String, Double>();
        jdbc.sql("""
                select name, max(s) as s from (
                    select name, similarity(name, :f) as s from family_name_term where name % :f
                    union all
                    select name, similarity(name, :f) from family_name_term where dmetaphone(name) = dmetaphone(:f)) close
                group by name order by s desc, name limit :n""")
                .param("f", family).param("n", FAMILY_TERMS)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** First given names that look or sound like this one; a nickname of it (either way) counts as the name itself. */
    private Map<String, Double> givenTerms(String given) {
        var out = new LinkedHashMap<String, Double>();
        jdbc.sql("""
                with nick as (
                    select canonical as n from nickname where name = :g
                    union select name from nickname where canonical = :g
                    union select name from nickname where canonical in (select canonical from nickname where name = :g)
                    union select :g)
                select name, max(s) as s from (
                    select name, similarity(name, :g) as s from given_name_term where name % :g
                    union all
                    select name, similarity(name, :g) from given_name_term where dmetaphone(name) = dmetaphone(:g)
                    union all
                    select name, 1.0 from given_name_term where name in (select n from nick)) close
                group by name order by s desc, name limit :n""")
                .param("g", given).param("n", GIVEN_TERMS)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A name read from one record: whose it is, its surname and first given name, and whether the date of birth agrees. */
    private record NameHit(long personId, String family, String given, boolean sameBirthDate) {
        @Override
        public String toString() {
            return "NameHit[person=" + personId + "]";
        }
    }

    private static final String HIT_COLUMNS = """
            select person_id, lower(family_name), lower(split_part(given_names, ' ', 1)),
                   coalesce(date_of_birth = :dob::date, false)
            from person_record
            """;

    private List<NameHit> hits(JdbcClient.StatementSpec spec) {
        return spec.query((rs, i) -> new NameHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    /** Records whose surname and first given name are both among the close names; best score per person. */
    private Map<Long, Double> byNames(Map<String, Double> families, Map<String, Double> givens, LocalDate dob) {
        Map<Long, Double> out = new HashMap<>();
        if (families.isEmpty() || givens.isEmpty()) {
            return out;
        }
        String[] f = families.keySet().toArray(String[]::new);
        String[] g = givens.keySet().toArray(String[]::new);
        var found = new ArrayList<>(hits(jdbc.sql(HIT_COLUMNS + """
                 where lower(family_name) = any(:f) and lower(split_part(given_names, ' ', 1)) = any(:g)
                 limit :n""").param("f", f).param("g", g).param("dob", dob).param("n", RECORDS_READ)));
        if (dob != null) { // so a common name pair cannot crowd out the one born that day
            found.addAll(hits(jdbc.sql(HIT_COLUMNS + " where date_of_birth = :dob::date and lower(family_name) = any(:f)")
                    .param("f", f).param("dob", dob)));
        }
        for (NameHit h : found) {
            Double gs = givens.get(h.given());
            if (gs != null) {
                out.merge(h.personId(), score(families.get(h.family()), gs, h.sameBirthDate()), Math::max);
            }
        }
        return out;
    }

    /** Records with a close surname, the closest surnames first, until enough persons are found. */
    private Map<Long, Double> bySurname(Map<String, Double> families, LocalDate dob, int limit) {
        Map<Long, Double> out = new HashMap<>();
        if (dob != null && !families.isEmpty()) {
            hits(jdbc.sql(HIT_COLUMNS + " where date_of_birth = :dob::date and lower(family_name) = any(:f)")
                    .param("f", families.keySet().toArray(String[]::new)).param("dob", dob))
                    .forEach(h -> out.merge(h.personId(), score(families.get(h.family()), 0, h.sameBirthDate()), Math::max));
        }
        for (var family : families.entrySet()) {
            if (out.size() >= limit) {
                break;
            }
            hits(jdbc.sql(HIT_COLUMNS + " where lower(family_name) = :f limit :n")
                    .param("f", family.getKey()).param("dob", dob).param("n", limit))
                    .forEach(h -> out.merge(h.personId(), score(family.getValue(), 0, h.sameBirthDate()), Math::max));
        }
        return out;
    }

    /** A single word read as a given name: counts for half, as it says less about who is meant. */
    private Map<Long, Double> byGivenOnly(Map<String, Double> givens, LocalDate dob, int limit) {
        Map<Long, Double> out = new HashMap<>();
        for (var given : givens.entrySet()) {
            if (out.size() >= limit) {
                break;
            }
            hits(jdbc.sql(HIT_COLUMNS + " where lower(split_part(given_names, ' ', 1)) = :g limit :n")
                    .param("g", given.getKey()).param("dob", dob).param("n", limit))
                    .forEach(h -> out.merge(h.personId(), GIVEN_ONLY_WEIGHT * score(0, given.getValue(), h.sameBirthDate()), Math::max));
        }
        return out;
    }

    /**
     * Records with an alias holding every word typed ("Tiny", "Jay Tiny"), through the index on the words of the
     * aliases (V114). An alias is a name an agency knows the person by, so all words matching counts as much as the
     * exact name; the score of a person found both ways is the better of the two.
     */
    private Map<Long, Double> byAlias(String[] words, LocalDate dob) {
        Map<Long, Double> out = new HashMap<>();
        hits(jdbc.sql(HIT_COLUMNS + " where aliases <> '{}' and alias_words(aliases) @> cast(:w as text[]) limit 200")
                .param("w", words).param("dob", dob))
                .forEach(h -> out.merge(h.personId(), score(1, words.length > 1 ? 1 : 0, h.sameBirthDate()), Math::max));
        return out;
    }

    private static double score(double family, double given, boolean sameBirthDate) {
        return family + given + (sameBirthDate ? 1 : 0);
    }

    /**
     * One line per person: the name, date of birth and sex most of their records give. A person
     * merged into another is answered, under the id asked for, with the person holding their
     * records now, so a page that kept the old id still shows who the child is.
     */
    public List<PersonMatch> summaries(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with asked as (select unnest(:ids) as asked),
                holder as (select a.asked, coalesce(h.holder_id, a.asked) as id
                           from asked a left join person_holder h on h.person_id = a.asked)
                select h.asked,
                       mode() within group (order by r.given_names || ' ' || r.family_name) as name,
                       mode() within group (order by r.date_of_birth) as dob,
                       mode() within group (order by r.sex) as sex,
                       count(*) as records,
                       (select coalesce(array_agg(distinct a order by a), '{}') from person_record r2, unnest(r2.aliases) a
                        where r2.person_id = min(h.id) and r2.aliases <> '{}') as aliases
                from holder h join person_record r on r.person_id = h.id
                group by h.asked""")
                .param("ids", personIds.stream().distinct().toArray(Long[]::new))
                .query((rs, i) -> new PersonMatch(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getInt(5), 0, java.util.List.of((String[]) rs.getArray(6).getArray())))
                .list();
    }

    public List<PersonMatch> sample(int count, double fraction) {
        var ids = jdbc.sql("select id from person tablesample bernoulli (:pct) repeatable (42) limit :n")
                .param("pct", Math.max(0.001, Math.min(100, fraction * 100))).param("n", count).query(Long.class).list();
        return summaries(ids);
    }
}
