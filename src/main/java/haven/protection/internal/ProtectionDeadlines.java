package haven.protection.internal;

import haven.access.HavenUser;
import haven.access.Users;
import haven.clocks.Clocks;
import haven.clocks.DeadlineView;
import haven.clocks.Jurisdiction;
import haven.clocks.OpenDeadline;
import haven.clocks.RuleId;
import haven.protection.NotificationDuty;
import haven.protection.ProtectionCaseView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Puts a police protection case's deadlines on the clocks register: the 72 hours (PP-02), each duty's task interval
 * (PP-03, PP-04, PP-08) and an emergency protection order's end (PP-06).
 */
@Component
public class ProtectionDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ProtectionDeadlines.class);
    static final String CASE = "police-protection";

    private final Clocks clocks;
    private final Users users;
    private final ProtectionStore store;

    ProtectionDeadlines(Clocks clocks, Users users, ProtectionStore store) {
        this.clocks = clocks;
        this.users = users;
        this.store = store;
    }

    private Optional<HavenUser> owner(String by) {
        Optional<HavenUser> u = users.byUsername(by);
        if (u.isEmpty()) {
            log.warn("No member of staff to own police protection deadlines; the register is not updated");
        }
        return u;
    }

    /** Opens the 72 hours and a deadline for each duty task; returns the 72-hour deadline id, if opened. */
    public void started(long caseId, String jurisdiction, Instant takenAt, String by) {
        owner(by).ifPresent(u -> {
            Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
            DeadlineView limit = clocks.open(OpenDeadline.of(RuleId.PP_02, j, CASE, String.valueOf(caseId), takenAt,
                    u.id()));
            store.insertCaseDeadline(caseId, limit.id());
            for (ProtectionCaseView.Task t : store.find(caseId).orElseThrow().tasks()) {
                DeadlineView d = clocks.open(OpenDeadline.of(RuleId.PP_03, j, CASE + "-" + slug(t.duty()),
                        String.valueOf(caseId), takenAt, u.id()));
                store.setTaskDeadline(caseId, t.duty(), d.id());
            }
        });
    }

    /** A new task opened later (a move to a police station). */
    public void taskOpened(long caseId, String jurisdiction, NotificationDuty duty, Instant since, String by) {
        owner(by).ifPresent(u -> {
            DeadlineView d = clocks.open(OpenDeadline.of(RuleId.PP_03, Jurisdiction.valueOf(jurisdiction),
                    CASE + "-" + slug(duty), String.valueOf(caseId), since, u.id()));
            store.setTaskDeadline(caseId, duty, d.id());
        });
    }

    /** A duty was carried out: its deadline is met (a late one keeps the note as the reason). */
    public void dutyDone(long caseId, NotificationDuty duty, String note) {
        store.taskDeadline(caseId, duty).flatMap(clocks::find).filter(DeadlineView::isOpen)
                .ifPresent(d -> clocks.meet(d.id(), note == null || note.isBlank()
                        ? "Recorded late; no reason given with the entry" : note));
    }

    /** Police protection ended: the 72 hours are met, open duties stop, an order's end is put on the register. */
    public void ended(ProtectionCaseView c, Instant epoStart, String by) {
        store.caseDeadline(c.id()).flatMap(clocks::find).filter(DeadlineView::isOpen)
                .ifPresent(d -> clocks.meet(d.id(), "Police protection ended after 72 hours"));
        for (ProtectionCaseView.Task t : c.tasks()) {
            if (t.deadlineId() != null && !t.done()) {
                clocks.find(t.deadlineId()).filter(DeadlineView::isOpen)
                        .ifPresent(d -> clocks.stop(d.id(), "Police protection ended"));
            }
        }
        if (epoStart != null) {
            owner(by).ifPresent(u -> clocks.open(OpenDeadline.of(RuleId.PP_06, Jurisdiction.valueOf(c.jurisdiction()),
                    "emergency-protection-order", String.valueOf(c.id()), epoStart, u.id())));
        }
    }

    private static String slug(NotificationDuty duty) {
        return duty.name().toLowerCase().replace('_', '-');
    }
}
