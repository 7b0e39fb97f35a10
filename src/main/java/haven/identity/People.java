package haven.identity;

import haven.identity.internal.IdentifierMatcher;
import haven.identity.internal.PersonSearch;
import haven.identity.internal.RecordMatcher;
import haven.identity.internal.RecordStore;
import haven.identity.internal.RecordValidation;
import haven.platform.time.LondonTime;
import haven.platform.web.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers what agencies hold about people and resolves their records into persons.
 * Registering the same (agency, source system, source id) again updates that record, and
 * changes nothing when the facts are the same.
 */
@Service
public class People {
    private final RecordStore store;
    private final IdentifierMatcher matcher;
    private final PersonSearch search;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecordMatcher recordMatcher;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    /**
     * Loads up to this many records are matched probabilistically as they arrive; a larger load is linked by a full
     * re-link instead.
     */
    public static final int INCREMENTAL_MATCH_LIMIT = 1000;

    People(RecordStore store, IdentifierMatcher matcher, PersonSearch search, ApplicationEventPublisher events, Clock clock,
           org.springframework.jdbc.core.simple.JdbcClient jdbc, RecordMatcher recordMatcher) {
        this.recordMatcher = recordMatcher;
        this.jdbc = jdbc;
        this.store = store;
        this.matcher = matcher;
        this.search = search;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a draft without storing it; empty when it may be registered. */
    public List<haven.platform.web.FieldProblem> problems(PersonRecordDraft draft) {
        return RecordValidation.problems(draft, LocalDate.now(clock.withZone(LondonTime.ZONE)));
    }

    /** Registers one record, refusing it whole with each bad field named. */
    @Transactional
    public RecordRegistered register(PersonRecordDraft draft, String recordedBy, String reason) {
        var problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return registerAll(List.of(draft), recordedBy, reason).get(0);
    }

    /**
     * Registers valid drafts in one set-based pass (the import path). Drafts must already
     * have passed {@link #problems}. Results are in the order of the drafts.
     */
    @Transactional
    public List<RecordRegistered> registerAll(List<PersonRecordDraft> input, String recordedBy, String reason) {
        return registerAll(input, recordedBy, reason, true);
    }

    /**
     * As {@link #registerAll(List, String, String)}; with {@code matchNow} false the new and changed records are not
     * yet matched, so that the caller can first store what else it knows about them (the import stores their homes,
     * which matching reads through {@link HomeAddresses}) and then call {@link #matchRegistered} in the same
     * transaction.
     */
    @Transactional
    public List<RecordRegistered> registerAll(List<PersonRecordDraft> input, String recordedBy, String reason,
                                              boolean matchNow) {
        Instant now = clock.instant();
        List<PersonRecordDraft> drafts = input.stream().map(People::normalised).toList();
        var staged = store.stage(drafts);
        Map<String, RecordStore.Known> existing = store.existing(staged);
        var results = new RecordRegistered[drafts.size()];
        var fresh = new ArrayList<Integer>();
        var changed = new java.util.LinkedHashMap<Long, PersonRecordDraft>();
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            var current = existing.get(RecordStore.key(draft));
            if (current == null) {
                fresh.add(i);
            } else if (current.sameFacts()) {
                results[i] = new RecordRegistered(current.id(), current.personId(), RecordRegistered.Outcome.UNCHANGED);
            } else {
                changed.put(current.id(), draft);
                results[i] = new RecordRegistered(current.id(), current.personId(), RecordRegistered.Outcome.UPDATED);
            }
        }
        store.update(changed, recordedBy, now, reason);
        List<PersonRecordDraft> newDrafts = fresh.stream().map(drafts::get).toList();
        List<Long> personIds = newDrafts.isEmpty() ? List.of() : resolvePersons(newDrafts, now);
        List<Long> newIds = newDrafts.isEmpty() ? List.of() : store.insert(staged, fresh, personIds, recordedBy, now, reason);
        for (int k = 0; k < fresh.size(); k++) {
            results[fresh.get(k)] = new RecordRegistered(newIds.get(k), personIds.get(k), RecordRegistered.Outcome.CREATED);
        }
        return matchNow ? matchRegistered(List.of(results), drafts.size()) : List.of(results);
    }

    /**
     * Matches the records just registered that are new or changed, when the load they came in ({@code loadSize}
     * records; a bulk import registers its load in several batches) is small enough to match as they arrive (a bulk
     * load is linked by a full re-link instead), and announces each; returns the results with the persons the
     * records belong to after matching.
     */
    @Transactional
    public List<RecordRegistered> matchRegistered(List<RecordRegistered> registered, int loadSize) {
        var results = registered.toArray(RecordRegistered[]::new);
        var versioned = new ArrayList<Long>();
        for (var r : results) {
            if (r.outcome() != RecordRegistered.Outcome.UNCHANGED) {
                versioned.add(r.recordId());
            }
        }
        if (!versioned.isEmpty() && Math.max(loadSize, versioned.size()) <= INCREMENTAL_MATCH_LIMIT) {
            recordMatcher.matchRecords(versioned);
            Map<Long, Long> personNow = new HashMap<>();
            store.byIds(versioned).forEach(r -> personNow.put(r.id(), r.personId()));
            for (int i = 0; i < results.length; i++) {
                Long p = personNow.get(results[i].recordId());
                if (p != null && p != results[i].personId()) {
                    results[i] = new RecordRegistered(results[i].recordId(), p, results[i].outcome());
                }
            }
        }
        for (var r : results) {
            if (r.outcome() != RecordRegistered.Outcome.UNCHANGED) {
                events.publishEvent(r);
            }
        }
        return List.of(results);
    }

    /**
     * Adds the names of a batch about to be registered to the tables search reads, in a transaction of its own, so
     * that batches registered side by side do not wait for each other's names (see {@link RecordStore#rememberNames}).
     */
    @Transactional
    public void rememberNames(List<PersonRecordDraft> drafts) {
        store.rememberNames(drafts);
    }

    /**
     * Refreshes the planner's statistics of persons and records after a batch that added {@code added} records, when
     * the batch at least doubled them; to be called as the batch's last statement, before
     * the network's own refresh.
     */
    public void refreshStatisticsAfter(int added) {
        store.refreshStatisticsAfterGrowth(added);
    }

    /**
     * Finds each new record's person by a shared identifier, in the store or earlier in the
     * batch; the rest get new persons, allocated in one statement.
     */
    private List<Long> resolvePersons(List<PersonRecordDraft> drafts, Instant now) {
        var identifiers = new ArrayList<String>();
        drafts.forEach(d -> identifiers.addAll(identifiersOf(d)));
        Map<String, Long> known = new HashMap<>(store.personsByIdentifier(identifiers));
        var resolved = new ArrayList<Long>(drafts.size());
        long placeholder = -1; // a person still to be created: -1 is the first, -2 the second ...
        for (var d : drafts) {
            Long person = d.sealed() ? null
                    : identifiersOf(d).stream().map(known::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (person == null) {
                person = placeholder--;
            }
            if (!d.sealed()) {
                for (String id : identifiersOf(d)) {
                    known.putIfAbsent(id, person);
                }
            }
            resolved.add(person);
        }
        List<Long> created = store.newPersons((int) (-placeholder - 1), now);
        return resolved.stream().map(p -> p < 0 ? created.get((int) (-p - 1)) : p).toList();
    }

    /**
     * The identifiers by which a new record finds the person it belongs to ("nhs:…", "pnc:…", "upn:…", "la:…"), as
     * they are stored: an importer that stores batches side by side keeps two batches sharing one apart in time.
     */
    public static List<String> personIdentifiers(PersonRecordDraft d) {
        return d.sealed() ? List.of() : identifiersOf(normalised(d));
    }

    private static List<String> identifiersOf(PersonRecordDraft d) {
        var ids = new ArrayList<String>(4);
        if (d.nhsNumber() != null) {
            ids.add("nhs:" + d.nhsNumber());
        }
        if (d.pncId() != null) {
            ids.add("pnc:" + d.pncId());
        }
        if (d.upn() != null) {
            ids.add("upn:" + d.upn());
        }
        if (d.laId() != null) {
            ids.add("la:" + d.laId());
        }
        return ids;
    }

    /** Identifiers compared as agencies write them differently: no spaces, upper case. */
    static PersonRecordDraft normalised(PersonRecordDraft d) {
        return new PersonRecordDraft(d.agencyId(), d.sourceSystem().strip(), d.sourceId().strip(), d.givenNames().strip(),
                d.familyName().strip(), d.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
                d.dateOfBirth(), d.sex(), ident(d.nhsNumber()), ident(d.pncId()), ident(d.upn()), ident(d.laId()),
                blankToNull(d.phone()), blankToNull(d.email()), d.sealed(), d.lawfulBasis().strip());
    }

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s");

    private static String ident(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        boolean spaced = false;
        for (int i = 0; i < s.length() && !spaced; i++) {
            spaced = Character.isWhitespace(s.charAt(i));
        }
        return (spaced ? SPACE.matcher(s).replaceAll("") : s).toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<PersonRecord> record(long recordId) {
        return store.byId(recordId);
    }

    public Optional<PersonRecord> record(long agencyId, String sourceSystem, String sourceId) {
        return store.find(agencyId, sourceSystem, sourceId);
    }

    /** Every agency's record of this person; empty when there is no such person. */
    public List<PersonRecord> recordsOf(long personId) {
        return store.ofPerson(personId);
    }

    /** Persons by name (tolerant of typos and nicknames), date of birth or identifier, best first. */
    public List<PersonMatch> search(PersonQuery query, int limit) {
        return search.search(query, limit);
    }

    /** One stored version of a record: the facts as they were, who changed them, when and why. */
    public record RecordVersion(long recordId, int version, String data, String changedBy, java.time.Instant changedAt,
                                String reason) {
        @Override
        public String toString() {
            return "RecordVersion[" + recordId + "/" + version + "]";
        }
    }

    /**
     * Every version of every record of this person, oldest first (for subject access and audit): the versions
     * corrections superseded, from the history, and the current one, from the record itself (ADR 0005).
     */
    public List<RecordVersion> versionsOf(long personId) {
        return jdbc.sql("""
                select v.record_id, v.version, v.data::text, v.changed_by, v.changed_at, v.reason
                from person_record_version v join person_record r on r.id = v.record_id
                where r.person_id = :p
                union all
                select r.id, r.version, (""" + RecordStore.HISTORY_DATA + """
                       )::text, r.recorded_by, r.recorded_at, coalesce(r.reason, '')
                from person_record r
                where r.person_id = :p
                  and not exists (select 1 from person_record_version v where v.record_id = r.id and v.version = r.version)
                order by 1, 2""")
                .param("p", personId)
                .query((rs, i) -> new RecordVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /** A reproducible sample of person ids with their most common name, for load tests and benchmarks. */
    public List<PersonMatch> sample(int count, double fraction) {
        return search.sample(count, fraction);
    }

    /** The persons whose records are among {@code recordIds}, as one summary each. */
    public List<PersonMatch> summaries(java.util.Collection<Long> personIds) {
        return search.summaries(personIds);
    }
}
