package haven.custody.internal;

import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.Clocks;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.custody.CustodyRecordView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Puts a custody record's PACE deadlines on the clocks register, so they are swept, warned and escalated like every
 * other deadline: the detention limit (PACE-06), each review (PACE-05) and the court for a breach (PACE-11).
 */
@Component
public class CustodyDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CustodyDeadlines.class);
    static final String SUBJECT = "custody-record";

    private final Clocks clocks;
    private final Users users;
    private final CustodyStore store;

    CustodyDeadlines(Clocks clocks, Users users, CustodyStore store) {
        this.clocks = clocks;
        this.users = users;
        this.store = store;
    }

    private Optional<HavenUser> owner(String by) {
        Optional<HavenUser> u = users.byUsername(by);
        if (u.isEmpty()) {
            log.warn("No member of staff to own custody deadlines for this entry; the register is not updated");
        }
        return u;
    }

    private void open(long recordId, RuleId rule, String milestone, String jurisdiction, Instant start, long owner) {
        DeadlineView d = clocks.open(new OpenDeadline(rule, milestone, Jurisdiction.valueOf(jurisdiction), SUBJECT,
                String.valueOf(recordId), start, owner));
        store.insertDeadline(recordId, rule.code(), d.id());
    }

    /** On booking in: the court for a breach arrest, otherwise the detention limit and the first review. */
    public void booked(CustodyRecordView r, String by) {
        owner(by).ifPresent(u -> {
            if (r.arrestKind().isBreach()) {
                open(r.id(), RuleId.PACE_11, null, r.jurisdiction(), r.arrivedAt(), u.id());
            } else {
                open(r.id(), RuleId.PACE_06, null, r.jurisdiction(), r.arrivedAt(), u.id());
                open(r.id(), RuleId.PACE_05, null, r.jurisdiction(), r.detentionAuthorisedAt(), u.id());
            }
        });
    }

    /** A review was held: the review deadline is met and the next one (fixed by the authorisation) opened. */
    public void reviewed(CustodyRecordView before, String by) {
        meetOpen(before.id(), RuleId.PACE_05, "Review held after its due time");
        owner(by).ifPresent(u -> {
            try {
                open(before.id(), RuleId.PACE_05, "review-" + (before.reviewsDone() + 2), before.jurisdiction(),
                        before.detentionAuthorisedAt(), u.id());
            } catch (haven.platform.web.InvalidInput beyondLongestDetention) {
                log.info("No further review deadline for custody record {}: beyond the longest detention", before.id());
            }
        });
    }

    /** A superintendent or a court extended detention: the limit now in force replaces the 24 hours. */
    public void extended(CustodyRecordView before, boolean warrant, String by) {
        stopOpen(before.id(), RuleId.PACE_06, "Detention extended");
        owner(by).ifPresent(u -> open(before.id(), RuleId.PACE_06, warrant ? "warrant-maximum" : "extended",
                before.jurisdiction(), before.arrivedAt(), u.id()));
    }

    /** Charged: the limits on detention without charge no longer run. */
    public void charged(long recordId) {
        meetOpen(recordId, RuleId.PACE_06, "Charged after the detention limit");
        stopOpen(recordId, RuleId.PACE_05, "Charged: reviews before charge no longer due");
    }

    /** The child left custody. */
    public void closed(long recordId) {
        meetOpen(recordId, RuleId.PACE_06, "Released after the detention limit");
        meetOpen(recordId, RuleId.PACE_11, "Brought before the court after 24 hours");
        stopOpen(recordId, RuleId.PACE_05, "The child left custody");
    }

    private void meetOpen(long recordId, RuleId rule, String reasonIfLate) {
        for (long id : store.deadlineIds(recordId)) {
            clocks.find(id).filter(d -> d.rule() == rule && d.isOpen()).ifPresent(d -> clocks.meet(id, reasonIfLate));
        }
    }

    private void stopOpen(long recordId, RuleId rule, String reason) {
        for (long id : store.deadlineIds(recordId)) {
            clocks.find(id).filter(d -> d.rule() == rule && d.isOpen()).ifPresent(d -> clocks.stop(id, reason));
        }
    }
}
