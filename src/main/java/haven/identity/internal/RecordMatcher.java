package haven.identity.internal;

import haven.identity.MatchReview;
import haven.identity.PersonRecord;
import haven.identity.PersonsMerged;
import haven.identity.RelinkReport;
import haven.identity.linkage.Explanation;
import haven.identity.linkage.LinkageEngine;
import haven.identity.linkage.MatchGuards;
import haven.identity.linkage.MatchModel;
import haven.identity.linkage.NhsNumber;
import haven.identity.linkage.PreparedRecord;
import haven.identity.linkage.ScoredPairs;
import haven.identity.linkage.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Matches person records with the trained linkage model: a new or changed record as it arrives (one indexed query
 * for its candidates, then scoring in memory), or every record in a full re-link. Links above the link threshold
 * merge persons, logged as the matcher's decision with the evidence; the uncertain band goes to the review queue.
 */
@Component
public class RecordMatcher {
    public static final String MATCHER = "matcher";
    private static final int CANDIDATE_LIMIT = 200;

    private final MatchStore store;
    private final LinkageModels models;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<haven.identity.HomeAddresses> homes;

    RecordMatcher(MatchStore store, LinkageModels models, ApplicationEventPublisher events, Clock clock,
                  org.springframework.beans.factory.ObjectProvider<haven.identity.HomeAddresses> homes) {
        this.store = store;
        this.models = models;
        this.events = events;
        this.clock = clock;
        this.homes = homes;
    }

    /** Where these records live now, when the network module is there to say; otherwise nothing. */
    private Map<Long, haven.identity.HomeAddresses.Home> homesOf(java.util.Collection<Long> recordIds) {
        var answer = homes.getIfAvailable();
        return answer == null || recordIds.isEmpty() ? Map.of() : answer.currentHomes(recordIds);
    }

    /** What matching some records did. */
    public record Outcome(int automaticLinks, int queuedForReview) {
    }

    /** Matches each record against the stored records that share a blocking key with it. */
    public Outcome matchRecords(List<Long> recordIds) {
        MatchModel model = models.current();
        LinkageEngine engine = models.engine();
        MatchGuards guards = new MatchGuards(model.settings());
        int[] levels = new int[model.comparisons().size()];
        int links = 0, queued = 0;
        Instant now = clock.instant();
        for (PersonRecord record : store.records(recordIds)) {
            List<PersonRecord> candidates = store.candidatesFor(record, CANDIDATE_LIMIT);
            var ids = new ArrayList<Long>(candidates.size() + 1);
            ids.add(record.id());
            candidates.forEach(c -> ids.add(c.id()));
            var home = homesOf(ids);
            PreparedRecord p = engine.preparer().prepare(0, 0, LinkageRecords.of(record, home.get(record.id())));
            long personId = record.personId();
            for (PersonRecord candidate : candidates) {
                if (candidate.personId() == personId) {
                    continue;
                }
                PreparedRecord q = engine.preparer().prepare(1, 1, LinkageRecords.of(candidate, home.get(candidate.id())));
                double w = model.weight(p, q, levels);
                Verdict verdict = guards.verdict(p, q, w, model.comparisons(), levels);
                if (verdict == Verdict.NO_LINK) {
                    continue;
                }
                Explanation why = model.explain(p, q);
                if (verdict == Verdict.LINK && !store.decidedNotSame(record.id(), candidate.id())
                        && compatible(personId, candidate.personId())) {
                    long into = Math.min(personId, candidate.personId());
                    long from = Math.max(personId, candidate.personId());
                    merge(record.id(), candidate.id(), from, into, evidence(why), now);
                    personId = into;
                    links++;
                } else if (store.queue(record.id(), candidate.id(), why.probability(), why.weight(), evidence(why),
                        reason(guards, p, q, model, levels, why), now).isPresent()) {
                    queued++;
                }
            }
        }
        return new Outcome(links, queued);
    }

    /** A stored record that may be the same person as a draft, with the match probability. */
    public record Likely(PersonRecord record, double probability) {
    }

    /** Search before create: the stored records most likely to be the person a draft describes, best first. */
    public List<Likely> likelyMatches(PersonRecord draft, int limit) {
        MatchModel model = models.current();
        LinkageEngine engine = models.engine();
        int[] levels = new int[model.comparisons().size()];
        PreparedRecord p = engine.preparer().prepare(0, 0, LinkageRecords.of(draft));
        List<Likely> out = new ArrayList<>();
        for (PersonRecord candidate : store.candidatesFor(draft, CANDIDATE_LIMIT)) {
            double w = model.weight(p, engine.preparer().prepare(1, 1, LinkageRecords.of(candidate)), levels);
            double probability = haven.identity.linkage.LinkageSettings.probabilityOf(w);
            if (probability >= model.settings().reviewThreshold()) {
                out.add(new Likely(candidate, probability));
            }
        }
        out.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /**
     * Re-trains the model on all stored records and links them all. With {@code applyLinks} false nothing is
     * merged and only the uncertain band (and pairs a guard holds back) is queued for review.
     */
    public RelinkReport relink(boolean applyLinks) {
        long start = System.nanoTime();
        List<PersonRecord> records = store.allRecords();
        var home = homesOf(records.stream().map(PersonRecord::id).toList());
        LinkageEngine engine = models.engine();
        List<PreparedRecord> prepared = engine.prepare(records.stream()
                .map(r -> LinkageRecords.of(r, home.get(r.id()))).toList());
        MatchModel model = models.retrain(prepared);
        LinkageEngine.Linked linked = engine.link(model, prepared, false,
                haven.identity.linkage.LinkageSettings.weightOf(model.settings().reviewThreshold()));
        ScoredPairs pairs = linked.pairs();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(pairs.weight(y), pairs.weight(x)));
        Map<Long, Long> personOf = new java.util.HashMap<>();
        records.forEach(r -> personOf.put(r.id(), r.personId()));
        Instant now = clock.instant();
        MatchGuards guards = new MatchGuards(model.settings());
        int[] levels = new int[model.comparisons().size()];
        int links = 0, queued = 0;
        for (int i : order) {
            PersonRecord a = records.get(pairs.left(i));
            PersonRecord b = records.get(pairs.right(i));
            long pa = resolve(personOf, a.id()), pb = resolve(personOf, b.id());
            if (pa == pb) {
                continue;
            }
            Explanation why = model.explain(prepared.get(pairs.left(i)), prepared.get(pairs.right(i)));
            Verdict verdict = pairs.verdict(i);
            if (applyLinks && verdict == Verdict.LINK && !store.decidedNotSame(a.id(), b.id()) && compatible(pa, pb)) {
                long into = Math.min(pa, pb), from = Math.max(pa, pb);
                merge(a.id(), b.id(), from, into, evidence(why), now);
                for (Map.Entry<Long, Long> e : personOf.entrySet()) {
                    if (e.getValue() == from) {
                        e.setValue(into);
                    }
                }
                links++;
            } else if (verdict == Verdict.LINK && !applyLinks) {
                continue; // a re-link that only fills the review queue leaves the sure links for "haven relink"
            } else if (store.queue(a.id(), b.id(), why.probability(), why.weight(), evidence(why),
                    reason(guards, prepared.get(pairs.left(i)), prepared.get(pairs.right(i)), model, levels, why),
                    now).isPresent()) {
                queued++;
            }
        }
        return new RelinkReport(records.size(), linked.comparisons(), links, queued, models.trainedOn(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static long resolve(Map<Long, Long> personOf, long recordId) {
        return personOf.get(recordId);
    }

    void merge(long recordA, long recordB, long from, long into, Object evidence, Instant now) {
        long decision = store.logDecision(null, recordA, recordB, "AUTOMATIC_LINK", MATCHER,
                "match probability at or above the link threshold", evidence, now);
        long mergeId = store.merge(from, into, decision, MATCHER, now);
        events.publishEvent(new PersonsMerged(mergeId, from, into));
    }

    /** Guards carried to whole persons: no two different valid NHS numbers, no two different recorded sexes. */
    boolean compatible(long personA, long personB) {
        Set<String> nhs = new HashSet<>();
        Set<String> sexes = new HashSet<>();
        List<PersonRecord> both = new ArrayList<>(store.recordsOfPersons(personA, personB));
        for (PersonRecord r : both) {
            if (r.sealed()) {
                return false;
            }
            if (NhsNumber.isValid(r.nhsNumber())) {
                nhs.add(NhsNumber.digits(r.nhsNumber()));
            }
            if (r.sex() == haven.identity.Sex.MALE || r.sex() == haven.identity.Sex.FEMALE) {
                sexes.add(r.sex().name());
            }
        }
        return nhs.size() <= 1 && sexes.size() <= 1;
    }

    static List<MatchReview.FieldEvidence> evidence(Explanation why) {
        return why.fields().stream().map(f -> new MatchReview.FieldEvidence(f.field(), f.level(),
                Math.round(f.weight() * 100) / 100.0, f.discountedByFamilyRule())).toList();
    }

    /** Why a pair is in the review queue, in words for the reviewer. */
    private static String reason(MatchGuards guards, PreparedRecord p, PreparedRecord q, MatchModel model,
                                 int[] levels, Explanation why) {
        model.weight(p, q, levels);
        var refusal = guards.check(p, q, model.comparisons(), levels);
        String text = refusal.map(MatchGuards.Refusal::reason)
                .orElse("match probability between the review and link thresholds");
        if (why.householdDiscounted()) {
            text = "forename or date of birth differ, so the shared household counts for nothing; " + text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
