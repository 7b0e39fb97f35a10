package haven.clocks;

import haven.clocks.rules.AllegationReferral;
import haven.clocks.rules.AssessmentCompletion;
import haven.clocks.rules.CourtForBailBreach;
import haven.clocks.rules.DaysBeginningWithRule;
import haven.clocks.rules.DetentionReviews;
import haven.clocks.rules.DetentionWithoutCharge;
import haven.clocks.rules.ElapsedHoursRule;
import haven.clocks.rules.EmergencyProtectionOrder;
import haven.clocks.rules.OperationEncompass;
import haven.clocks.rules.ReferralDecision;
import haven.clocks.rules.RemovalFromAssociation;
import haven.clocks.rules.Renotification;
import haven.clocks.rules.RestraintRecord;
import haven.clocks.rules.ReviewConference;
import haven.clocks.rules.RoomConfinement;
import haven.clocks.rules.RuleParameters;
import haven.clocks.rules.SeparationLimits;
import haven.clocks.rules.SeriousIncidentNotification;
import haven.clocks.rules.TravelNotification;
import haven.clocks.rules.WorkingDaysRule;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every time rule of RULES.md, built from one working-day calendar and one set of local parameters.
 *
 * <p>Outside Spring, {@link #standard()} (shipped calendar, default parameters) and {@link #byId(String)} are handy;
 * inside Haven use the configured instance the {@code Clocks} facade holds.
 */
public final class Rules {

    private static volatile Rules standard;

    private final WorkingDayCalendar calendar;
    private final RuleParameters parameters;
    private final Map<RuleId, StatutoryRule> rules;

    private Rules(WorkingDayCalendar calendar, RuleParameters p) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.parameters = Objects.requireNonNull(p, "parameters");
        Map<RuleId, StatutoryRule> m = new EnumMap<>(RuleId.class);
        put(m, new ReferralDecision(p.cp01(), calendar));                          // CP-01
        put(m, new WorkingDaysRule(RuleId.CP_02, p.cp02(), calendar));             // CP-02
        put(m, new AssessmentCompletion(p.cp04(), calendar));                      // CP-04
        put(m, new WorkingDaysRule(RuleId.CP_05, p.cp05(), calendar));             // CP-05
        put(m, new ReviewConference(p.cp06()));                                    // CP-06
        put(m, new WorkingDaysRule(RuleId.CP_07, p.cp07(), calendar));             // CP-07
        put(m, new SeriousIncidentNotification(p.cp09(), calendar));               // CP-09
        put(m, new ElapsedHoursRule(RuleId.PP_02, p.pp02()));                      // PP-02
        put(m, new ElapsedHoursRule(RuleId.PP_03, p.pp03()));                      // PP-03
        put(m, new EmergencyProtectionOrder(p.pp06()));                            // PP-06
        put(m, new DetentionReviews(p.pace05()));                                  // PACE-05
        put(m, new DetentionWithoutCharge(p.pace06()));                            // PACE-06
        put(m, new CourtForBailBreach(p.pace11()));                                // PACE-11
        put(m, new DaysBeginningWithRule(RuleId.SO_01, p.so01()));                 // SO-01
        put(m, new DaysBeginningWithRule(RuleId.SO_02, p.so02()));                 // SO-02
        put(m, new Renotification(p.so03()));                                      // SO-03
        put(m, new DaysBeginningWithRule(RuleId.SO_04, p.so04()));                 // SO-04
        put(m, new DaysBeginningWithRule(RuleId.SO_05, p.so05()));                 // SO-05
        put(m, new TravelNotification(p.so06()));                                  // SO-06
        put(m, new ElapsedHoursRule(RuleId.M_04, p.m04()));                        // M-04
        put(m, new OperationEncompass(p.da06(), calendar));                        // DA-06
        put(m, new RestraintRecord(p.se03()));                                     // SE-03
        put(m, new SeparationLimits(p.se04()));                                    // SE-04
        put(m, new RemovalFromAssociation(p.se05()));                              // SE-05
        put(m, new RoomConfinement(p.se08()));                                     // SE-08
        put(m, new AllegationReferral(p.al01(), calendar));                        // AL-01
        if (m.size() != RuleId.values().length) {
            throw new IllegalStateException("a rule id has no rule");
        }
        this.rules = Collections.unmodifiableMap(m);
    }

    private static void put(Map<RuleId, StatutoryRule> m, StatutoryRule rule) {
        m.put(rule.id(), rule);
    }

    /** The rules over a calendar with the given local parameters. */
    public static Rules of(WorkingDayCalendar calendar, RuleParameters parameters) {
        return new Rules(calendar, parameters);
    }

    /** The rules over the shipped calendar with RULES.md defaults. */
    public static Rules standard() {
        Rules r = standard;
        if (r == null) {
            synchronized (Rules.class) {
                if (standard == null) {
                    standard = new Rules(WorkingDayCalendar.shipped(), RuleParameters.defaults());
                }
                r = standard;
            }
        }
        return r;
    }

    /**
     * A standard rule by its RULES.md id, for example {@code Rules.byId("PP-02")}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static StatutoryRule byId(String code) {
        return standard().rule(RuleId.of(code));
    }

    /** The rule with an id. */
    public StatutoryRule rule(RuleId id) {
        return rules.get(Objects.requireNonNull(id, "id"));
    }

    /** All rules, in RuleId order. */
    public Collection<StatutoryRule> all() {
        return rules.values();
    }

    /** Shorthand for {@code rule(id).scheduleFrom(start, jurisdiction)}. */
    public Schedule schedule(RuleId id, java.time.Instant start, Jurisdiction jurisdiction) {
        return rule(id).scheduleFrom(start, jurisdiction);
    }

    /** The working-day calendar the rules count with. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The local parameters in force. */
    public RuleParameters parameters() {
        return parameters;
    }

    /** PACE-05 with its review-by-number calculation. */
    public DetentionReviews detentionReviews() {
        return (DetentionReviews) rule(RuleId.PACE_05);
    }

    /** PACE-11 with its uncounted days. */
    public CourtForBailBreach courtForBailBreach() {
        return (CourtForBailBreach) rule(RuleId.PACE_11);
    }

    /** CP-06 with the later reviews every 6 months. */
    public ReviewConference reviewConferences() {
        return (ReviewConference) rule(RuleId.CP_06);
    }

    /** SO-03 with the weekly re-notification for no fixed address. */
    public Renotification renotification() {
        return (Renotification) rule(RuleId.SO_03);
    }

    /** SE-04 with the rolling 24-hour limit and observations. */
    public SeparationLimits separationLimits() {
        return (SeparationLimits) rule(RuleId.SE_04);
    }

    /** SE-08 with the whole-day judgement. */
    public RoomConfinement roomConfinement() {
        return (RoomConfinement) rule(RuleId.SE_08);
    }
}
