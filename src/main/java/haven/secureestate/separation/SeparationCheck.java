package haven.secureestate.separation;

import haven.secureestate.estate.EstablishmentType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Looks back over a separation and finds where it went outside the limits for the establishment type
 * (SE-04 secure training centres, SE-05 young offender institutions). Live due times come from the clocks
 * module; this is the retrospective check used for alerts, the dashboard and the national report.
 */
public final class SeparationCheck {

    private final SeparationLimits limits;

    public SeparationCheck(SeparationLimits limits) {
        this.limits = limits;
    }

    /**
     * @param episode the episode to check
     * @param childsEpisodes every separation of the same child in the same establishment (for the 24-hour total)
     * @param asOf now, for an open episode
     */
    public List<SeparationBreach> check(EstablishmentType type, SeparationEpisode episode,
                                        Collection<SeparationEpisode> childsEpisodes, Instant asOf) {
        return switch (type) {
            case SECURE_TRAINING_CENTRE -> secureTrainingCentre(episode, childsEpisodes, asOf);
            case YOUNG_OFFENDER_INSTITUTION -> youngOffenderInstitution(episode, asOf);
            case SECURE_CHILDRENS_HOME, CHILDRENS_HOME -> observationGaps(episode, asOf, "SE-04");
        };
    }

    private List<SeparationBreach> secureTrainingCentre(SeparationEpisode e, Collection<SeparationEpisode> all,
                                                        Instant asOf) {
        List<SeparationBreach> breaches = new ArrayList<>(observationGaps(e, asOf, "SE-04"));
        // SE-04: never unaccompanied more than 3 hours continuously
        if (e.durationAsOf(asOf).compareTo(limits.stcContinuous()) > 0) {
            breaches.add(new SeparationBreach("SE-04", e.startedAt().plus(limits.stcContinuous()),
                    "Separated for more than " + hours(limits.stcContinuous()) + " continuously"));
        }
        // SE-04: nor more than 3 hours in total in any 24 hours; the total peaks at the end of an episode
        Instant end = e.endOr(asOf);
        Duration total = all.stream()
                .map(x -> x.overlap(end.minus(Duration.ofHours(24)), end, asOf))
                .reduce(Duration.ZERO, Duration::plus);
        if (total.compareTo(limits.stcPer24Hours()) > 0
                && e.durationAsOf(asOf).compareTo(limits.stcContinuous()) <= 0) {
            breaches.add(new SeparationBreach("SE-04", end,
                    "Separated for " + hoursAndMinutes(total) + " in the 24 hours to this point, more than "
                            + hours(limits.stcPer24Hours())));
        }
        // SE-04: reasons given orally and in writing
        if (e.reasonsGivenInWritingAt() == null) {
            breaches.add(new SeparationBreach("SE-04", e.startedAt(), "Reasons for separation not given in writing"));
        }
        return breaches;
    }

    private List<SeparationBreach> observationGaps(SeparationEpisode e, Instant asOf, String ruleId) {
        List<SeparationBreach> breaches = new ArrayList<>();
        Instant previous = e.startedAt();
        List<Instant> checkpoints = new ArrayList<>(e.observations().stream().map(Observation::at).toList());
        checkpoints.add(e.endOr(asOf));
        for (Instant next : checkpoints) {
            Duration gap = Duration.between(previous, next);
            if (gap.compareTo(limits.observationInterval()) > 0) {
                breaches.add(new SeparationBreach(ruleId, previous.plus(limits.observationInterval()),
                        "No observation for " + hoursAndMinutes(gap) + " (at least every "
                                + limits.observationInterval().toMinutes() + " minutes)"));
            }
            previous = next;
        }
        return breaches;
    }

    // SE-05: 72 hours, then written authority in 14-day blocks, the Secretary of State's beyond 42 days.
    private List<SeparationBreach> youngOffenderInstitution(SeparationEpisode e, Instant asOf) {
        List<SeparationBreach> breaches = new ArrayList<>();
        Instant end = e.endOr(asOf);
        Instant cursor = e.startedAt().plus(limits.yoiInitial());
        Instant secretaryOfStateFrom = e.startedAt().plus(limits.yoiSecretaryOfState());
        while (cursor.isBefore(end)) {
            boolean needsSecretaryOfState = !cursor.isBefore(secretaryOfStateFrom);
            final Instant at = cursor;
            var authority = e.authorities().stream()
                    .filter(a -> a.covers(at))
                    .filter(a -> !needsSecretaryOfState || a.level() == AuthorityLevel.SECRETARY_OF_STATE)
                    .reduce((x, y) -> y.validUntil().isAfter(x.validUntil()) ? y : x);
            if (authority.isEmpty()) {
                breaches.add(new SeparationBreach("SE-05", cursor, needsSecretaryOfState
                        ? "Removal from association beyond " + limits.yoiSecretaryOfState().toDays()
                          + " days without the Secretary of State's authority"
                        : "Removal from association beyond " + hours(limits.yoiInitial())
                          + " without written authority"));
                break;
            }
            // a block is measured from where it takes over, since authority is usually granted ahead of time
            Instant until = authority.get().validUntil();
            if (Duration.between(cursor, until).compareTo(limits.yoiBlock()) > 0) {
                breaches.add(new SeparationBreach("SE-05", cursor,
                        "Written authority granted for longer than a " + limits.yoiBlock().toDays() + "-day block"));
            }
            if (!needsSecretaryOfState && authority.get().level() != AuthorityLevel.SECRETARY_OF_STATE
                    && until.isAfter(secretaryOfStateFrom)) {
                until = secretaryOfStateFrom;
            }
            cursor = until;
        }
        return breaches;
    }

    private static String hours(Duration d) {
        return d.toHours() + " hours";
    }

    private static String hoursAndMinutes(Duration d) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
