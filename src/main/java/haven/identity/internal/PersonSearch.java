package haven.identity.internal;

import haven.identity.PersonMatch;
import haven.identity.PersonQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds persons the way a practitioner remembers them: a misspelt surname (trigram
 * similarity or the same Double Metaphone code), a nickname ("Bill" for William), a date
 * of birth, or an identifier typed with or without spaces.
 */
@Component
public class PersonSearch {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonSearch(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
            byName(given, family, query.dateOfBirth()).forEach((p, s) -> scores.merge(p, s, Double::sum));
            if (given == null) { // a single word may be a given name
                byGivenOnly(family, query.dateOfBirth()).forEach((p, s) -> scores.merge(p, s, Double::sum));
            }
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
                result.add(new PersonMatch(m.personId(), m.name(), m.dateOfBirth(), m.sex(), m.records(), e.getValue()));
            }
        }
        result.sort(Comparator.comparingDouble(PersonMatch::score).reversed());
        return result;
    }

    private Map<Long, Double> byName(String given, String family, java.time.LocalDate dob) {
        Map<Long, Double> out = new HashMap<>();
        jdbc.sql("""
                with nick as (
                    select canonical as n from nickname where name = :g
                    union select name from nickname where canonical = :g
                    union select name from nickname where canonical in (select canonical from nickname where name = :g)
                    union select :g)
                select r.person_id,
                       max(similarity(lower(r.family_name), :f)
                         + case when :g::text is null then 0
                                when lower(split_part(r.given_names, ' ', 1)) in (select n from nick) then 1
                                else similarity(lower(r.given_names), :g) end
                         + case when :dob::date is not null and r.date_of_birth = :dob::date then 1 else 0 end) as score
                from person_record r
                where (lower(r.family_name) % :f or dmetaphone(r.family_name) = dmetaphone(:f))
                  and (:g::text is null or lower(r.given_names) % :g
                       or lower(split_part(r.given_names, ' ', 1)) in (select n from nick))
                group by r.person_id
                order by score desc
                limit 200""")
                .param("g", given).param("f", family).param("dob", dob)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getDouble(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private Map<Long, Double> byGivenOnly(String given, java.time.LocalDate dob) {
        Map<Long, Double> out = new HashMap<>();
        jdbc.sql("""
                select r.person_id, max(similarity(lower(r.given_names), :g)
                         + case when :dob::date is not null and r.date_of_birth = :dob::date then 1 else 0 end) as score
                from person_record r where lower(r.given_names) % :g
                group by r.person_id order by score desc limit 50""")
                .param("g", given).param("dob", dob)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getDouble(2) * 0.5)).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One line per person: the name, date of birth and sex most of their records give. */
    public List<PersonMatch> summaries(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select person_id,
                       mode() within group (order by given_names || ' ' || family_name) as name,
                       mode() within group (order by date_of_birth) as dob,
                       mode() within group (order by sex) as sex,
                       count(*) as records
                from person_record
                where person_id in (select jsonb_array_elements_text(:ids::jsonb)::bigint)
                group by person_id""")
                .param("ids", json.writeValueAsString(personIds))
                .query((rs, i) -> new PersonMatch(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getInt(5), 0))
                .list();
    }

    public List<PersonMatch> sample(int count, double fraction) {
        var ids = jdbc.sql("select id from person tablesample bernoulli (:pct) repeatable (42) limit :n")
                .param("pct", Math.max(0.001, Math.min(100, fraction * 100))).param("n", count).query(Long.class).list();
        return summaries(ids);
    }

    static List<String> tokens(String s) {
        return Arrays.asList(s.split("\\s+"));
    }
}
