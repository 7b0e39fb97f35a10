package haven.clocks.rules;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every rule's local parameters in one place, named by rule id; configuration fills it, {@link #defaults()} holds
 * the figures RULES.md gives.
 */
public record RuleParameters(
        ReferralDecision.Params cp01,
        WorkingDaysRule.Params cp02,
        AssessmentCompletion.Params cp04,
        WorkingDaysRule.Params cp05,
        ReviewConference.Params cp06,
        WorkingDaysRule.Params cp07,
        SeriousIncidentNotification.Params cp09,
        ElapsedHoursRule.Params pp02,
        ElapsedHoursRule.Params pp03,
        EmergencyProtectionOrder.Params pp06,
        DetentionReviews.Params pace05,
        DetentionWithoutCharge.Params pace06,
        CourtForBailBreach.Params pace11,
        DaysBeginningWithRule.Params so01,
        DaysBeginningWithRule.Params so02,
        Renotification.Params so03,
        DaysBeginningWithRule.Params so04,
        DaysBeginningWithRule.Params so05,
        TravelNotification.Params so06,
        ElapsedHoursRule.Params m04,
        OperationEncompass.Params da06,
        RestraintRecord.Params se03,
        SeparationLimits.Params se04,
        RemovalFromAssociation.Params se05,
        RoomConfinement.Params se08,
        AllegationReferral.Params al01) {

    public RuleParameters {
        for (Object p : new Object[] {cp01, cp02, cp04, cp05, cp06, cp07, cp09, pp02, pp03, pp06, pace05, pace06,
                pace11, so01, so02, so03, so04, so05, so06, m04, da06, se03, se04, se05, se08, al01}) {
            Objects.requireNonNull(p, "every rule needs its parameters");
        }
    }

    /** The defaults from RULES.md (and, where RULES.md is silent, the warning points noted on each rule). */
    public static RuleParameters defaults() {
        DaysBeginningWithRule.Params threeDays = new DaysBeginningWithRule.Params(3, DayWarning.daysBeforeAtNine(1));
        return new RuleParameters(
                ReferralDecision.Params.defaults(),
                new WorkingDaysRule.Params(1, DayWarning.onTheDayAtNoon()),
                AssessmentCompletion.Params.defaults(),
                new WorkingDaysRule.Params(15, DayWarning.daysBeforeAtNine(2)),
                ReviewConference.Params.defaults(),
                new WorkingDaysRule.Params(10, DayWarning.daysBeforeAtNine(2)),
                SeriousIncidentNotification.Params.defaults(),
                new ElapsedHoursRule.Params(Duration.ofHours(72), List.of(Duration.ofHours(48), Duration.ofHours(66))),
                new ElapsedHoursRule.Params(Duration.ofHours(2), List.of(Duration.ofMinutes(90))),
                EmergencyProtectionOrder.Params.defaults(),
                DetentionReviews.Params.defaults(),
                DetentionWithoutCharge.Params.defaults(),
                CourtForBailBreach.Params.defaults(),
                threeDays,
                threeDays,
                Renotification.Params.defaults(),
                threeDays,
                threeDays,
                TravelNotification.Params.defaults(),
                new ElapsedHoursRule.Params(Duration.ofHours(72), List.of(Duration.ofHours(48))),
                OperationEncompass.Params.defaults(),
                RestraintRecord.Params.defaults(),
                SeparationLimits.Params.defaults(),
                RemovalFromAssociation.Params.defaults(),
                RoomConfinement.Params.defaults(),
                AllegationReferral.Params.defaults());
    }
}
