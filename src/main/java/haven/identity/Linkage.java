package haven.identity;

import haven.access.AccessAction;
import haven.access.AccessDecision;
import haven.access.AccessLog;
import haven.access.AccessPolicy;
import haven.access.HavenUser;
import haven.identity.internal.LinkageModels;
import haven.identity.internal.MatchStore;
import haven.identity.internal.RecordMatcher;
import haven.platform.web.Forbidden;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves person records into persons with the probabilistic linkage model: the review queue of uncertain pairs,
 * people's decisions on them (logged with who, why and the evidence), full re-links, and reversible merges.
 */
@Service
public class Linkage {
    private final RecordMatcher matcher;
    private final MatchStore store;
    private final LinkageModels models;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Linkage(RecordMatcher matcher, MatchStore store, LinkageModels models, AccessPolicy access, AccessLog accessLog,
            ApplicationEventPublisher events, Clock clock) {
        this.matcher = matcher;
        this.store = store;
        this.models = models;
        this.access = access;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    /** Matches these records now (as they arrive); returns how many links were made and pairs queued. */
    @Transactional
    public RecordMatcher.Outcome match(List<Long> recordIds) {
        return matcher.matchRecords(recordIds);
    }

    /** Re-trains on every stored record and re-links them all. */
    @Transactional
    public RelinkReport relink(boolean applyLinks) {
        return matcher.relink(applyLinks);
    }

    /**
     * Search before create: the people already on record who are likely to be the person this draft describes,
     * best first, so that a practitioner can choose one instead of creating a duplicate. Nothing is stored.
     */
    public List<RecordMatcher.Likely> likelyMatches(PersonRecordDraft draft, int limit) {
        PersonRecord transientRecord = new PersonRecord(0, 0, draft.agencyId(), null, draft.sourceSystem(),
                draft.sourceId(), draft.givenNames(), draft.familyName(), draft.aliases(), draft.dateOfBirth(),
                draft.sex(), draft.nhsNumber(), draft.pncId(), draft.upn(), draft.laId(), draft.phone(), draft.email(),
                draft.sealed(), draft.lawfulBasis(), 0, null, clock.instant());
        return matcher.likelyMatches(transientRecord, limit);
    }

    public String modelTrainedOn() {
        return models.trainedOn();
    }

    /** Pairs waiting for a decision (open first, then those waiting for more information). */
    public List<MatchReview> waiting(int limit) {
        return store.waiting(limit);
    }

    public long waitingCount() {
        return store.waitingCount();
    }

    /** One pair for a reviewer, who must be allowed to see both persons; both views are logged. */
    public MatchReview open(HavenUser user, long reviewId) {
        MatchReview review = store.review(reviewId).orElseThrow(() -> new NotFound("No review " + reviewId));
        openForIdentityWork(user, List.of(review.left().personId(), review.right().personId()), "web",
                "deciding whether two records are one person (review " + reviewId + ")");
        return review;
    }

    /**
     * Opens persons for deciding who is who: refused when the user may not see one of them, otherwise each view is
     * logged with the purpose (a view outside the user's cases is marked for the supervisor).
     */
    public void openForIdentityWork(HavenUser user, List<Long> persons, String channel, String purpose) {
        List<AccessDecision> decisions = persons.stream().map(p -> access.decide(user, p)).toList();
        if (decisions.stream().anyMatch(d -> d instanceof AccessDecision.Refused)) {
            throw new Forbidden("You may not see one of these records; ask the safeguarding hub to review this pair.");
        }
        for (int i = 0; i < persons.size(); i++) {
            // deciding identity is the stated reason; a view outside the user's cases still goes to the supervisor
            boolean breakGlass = decisions.get(i) instanceof AccessDecision.ReasonRequired;
            accessLog.record(user, persons.get(i), "api".equals(channel) ? AccessAction.API_READ : AccessAction.VIEW_PERSON,
                    channel, purpose, breakGlass);
        }
    }

    /** Records a reviewer's decision; "same person" merges the two persons (reversibly). */
    @Transactional
    public void decide(HavenUser user, long reviewId, ReviewDecision decision, String reason) {
        if (decision == null) {
            throw new InvalidInput("decision", "Choose whether these records are the same person");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why you decided this");
        }
        MatchReview review = open(user, reviewId);
        if (review.status() == MatchReview.ReviewStatus.SAME || review.status() == MatchReview.ReviewStatus.NOT_SAME) {
            throw new InvalidInput("decision", "This pair has already been decided");
        }
        Instant now = clock.instant();
        long a = review.left().id(), b = review.right().id();
        Map<String, Object> evidence = Map.of("probability", review.probability(), "weight", review.weight(),
                "fields", review.evidence());
        long decisionId = store.logDecision(reviewId, a, b, decision.name(), user.username(), reason.strip(),
                evidence, now);
        if (decision == ReviewDecision.SAME) {
            var persons = store.records(List.of(a, b));
            long pa = persons.get(0).personId(), pb = persons.get(1).personId();
            if (pa != pb) {
                if (!compatibleIdentifiers(pa, pb)) {
                    throw new InvalidInput("decision",
                            "These records hold different valid NHS numbers, so they cannot be the same person");
                }
                long mergeId = store.merge(Math.max(pa, pb), Math.min(pa, pb), decisionId, user.username(), now);
                events.publishEvent(new PersonsMerged(mergeId, Math.max(pa, pb), Math.min(pa, pb)));
            }
        }
        store.setStatus(reviewId, MatchReview.ReviewStatus.valueOf(decision.name()));
    }

    private boolean compatibleIdentifiers(long pa, long pb) {
        return store.recordsOfPersons(pa, pb).stream()
                .map(PersonRecord::nhsNumber).filter(haven.identity.linkage.NhsNumber::isValid)
                .map(haven.identity.linkage.NhsNumber::digits).distinct().count() <= 1;
    }

    /** The merges into this person that can still be split, newest first. */
    public List<MatchStore.Merge> mergesInto(long personId) {
        return store.mergesInto(personId);
    }

    /**
     * Undoes a merge for a user, who must be allowed to see both persons (both views are logged); the split is logged
     * as the user's decision with their reason. {@code channel} is "web" or "api", as in the access log.
     */
    @Transactional
    public PersonsSplit split(HavenUser user, long mergeId, String reason, String channel) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why these persons are being split");
        }
        MatchStore.Merge merge = store.mergeById(mergeId).orElseThrow(() -> new NotFound("No merge " + mergeId));
        if (merge.split()) {
            throw new InvalidInput("merge", "This merge has already been split");
        }
        openForIdentityWork(user, List.of(merge.intoPersonId(), merge.fromPersonId()), channel,
                "splitting persons merged wrongly (merge " + mergeId + ")");
        return split(mergeId, user.username(), reason);
    }

    /** Undoes a merge: the records it moved go back to the earlier person; nothing is deleted. */
    @Transactional
    public PersonsSplit split(long mergeId, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why these persons are being split");
        }
        MatchStore.Merge merge = store.mergeById(mergeId).orElseThrow(() -> new NotFound("No merge " + mergeId));
        if (merge.split()) {
            throw new InvalidInput("merge", "This merge has already been split");
        }
        // a later merge may have carried these records on; undoing this one first would restore nothing
        store.records(merge.recordIds()).stream().map(PersonRecord::personId)
                .filter(p -> p != merge.intoPersonId()).findFirst().ifPresent(p -> {
                    throw new InvalidInput("merge", "The records of this merge are now with person " + p
                            + ": split that later merge first");
                });
        long first = merge.recordIds().isEmpty() ? 0 : merge.recordIds().get(0);
        long other = store.recordsOfPersons(merge.intoPersonId(), merge.intoPersonId()).stream()
                .map(PersonRecord::id).filter(id -> !merge.recordIds().contains(id)).findFirst().orElse(first);
        Instant now = clock.instant();
        long decisionId = store.logDecision(null, first, other, "SPLIT", by, reason.strip(),
                Map.of("mergeId", mergeId, "records", merge.recordIds()), now);
        store.split(merge, decisionId, by, now);
        PersonsSplit split = new PersonsSplit(mergeId, merge.fromPersonId(), merge.intoPersonId());
        events.publishEvent(split);
        return split;
    }
}
