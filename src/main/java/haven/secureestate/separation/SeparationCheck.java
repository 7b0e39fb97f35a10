package haven.secureestate.separation;

import haven.clocks.Jurisdiction;
import haven.clocks.RuleId;
import haven.clocks.Rules;
import haven.clocks.Schedule;
import haven.clocks.rules.SeparationLimits;
import haven.secureestate.estate.EstablishmentType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Looks back over a separation and finds where it went outside the limits for the establishment type
 * (SE-04 secure training centres, SE-05 young offender institutions). Every limit and due time comes from the
 * clocks module; this class only compares them with what was recorded.
 */
public final class SeparationCheck {

    private final Rules rules;
    private final SeparationLimits stcLimits;

    public SeparationCheck(Rules rules) {
        this.rules = rules;
        this.stcLimits = rules.separationLimits();
    }

    /**
     * @param episode the episode to check
     * @param childsEpisodes every separation of the same child in the same establishment (for the 24-hour total)
     * @param asOf now, for an open episode
     */
    public List<SeparationBreach> check(EstablishmentType type, Jurisdiction jurisdiction, SeparationEpisode episode,
                                        Collection<SeparationEpisode> childsEpisodes, Instant asOf) {
        return switch (type) {
            case SECURE_TRAINING_CENTRE -> secureTrainingCentre(episode, childsEpisodes, asOf);
            case YOUNG_OFFENDER_INSTITUTION -> youngOffenderInstitution(jurisdiction, episode, asOf);
            case SECURE_CHILDRENS_HOME, CHILDRENS_HOME -> observationGaps(episode, asOf);
        };
    }

    private List<SeparationBreach> secureTrainingCentre(SeparationEpisode e, Collection<SeparationEpisode> all,
                                                        Instant asOf) {
        List<SeparationBreach> breaches = new ArrayList<>(observationGaps(e, asOf));
        // SE-04: never more than 3 hours continuously, nor 3 hours in total in any 24 hours
        List<SeparationLimits.Separation> earlier = all.stream()
                .filter(x -> x.startedAt().isBefore(e.startedAt()))
                .map(x -> new SeparationLimits.Separation(x.startedAt(), x.endOr(asOf).isAfter(e.startedAt())
                        ? e.startedAt() : x.endOr(asOf)))
                .toList();
        Instant limit = stcLimits.limitReachedAt(earlier, e.startedAt());
        if (e.endOr(asOf).isAfter(limit)) {
            Instant continuous = stcLimits.scheduleFrom(e.startedAt(), Jurisdiction.ENGLAND).due();
            breaches.add(new SeparationBreach("SE-04", limit, limit.equals(continuous)
                    ? "Separated for more than 3 hours continuously"
                    : "Separated for more than 3 hours in total in 24 hours"));
        }
        // SE-04: reasons given orally and in writing
        if (e.reasonsGivenInWritingAt() == null) {
            breaches.add(new SeparationBreach("SE-04", e.startedAt(), "Reasons for separation not given in writing"));
        }
        return breaches;
    }

    private List<SeparationBreach> observationGaps(SeparationEpisode e, Instant asOf) {
        List<SeparationBreach> breaches = new ArrayList<>();
        Instant previous = e.startedAt();
        List<Instant> checkpoints = new ArrayList<>(e.observations().stream().map(Observation::at).toList());
        checkpoints.add(e.endOr(asOf));
        for (Instant next : checkpoints) {
            Instant due = stcLimits.nextObservationDue(previous);
            if (next.isAfter(due)) {
                breaches.add(new SeparationBreach("SE-04", due, "No observation between "
                        + haven.clocks.LondonTime.format(previous) + " and " + haven.clocks.LondonTime.format(next)));
            }
            previous = next;
        }
        return breaches;
    }

    // SE-05: 72 hours, then written authority in 14-day blocks, the Secretary of State's beyond 42 days.
    private List<SeparationBreach> youngOffenderInstitution(Jurisdiction jurisdiction, SeparationEpisode e, Instant asOf) {
        List<SeparationBreach> breaches = new ArrayList<>();
        Schedule schedule = rules.schedule(RuleId.SE_05, e.startedAt(), jurisdiction);
        Instant secretaryOfStateFrom = schedule.milestone("secretary-of-state").orElseThrow().due();
        java.time.Duration blockLength = schedule.milestone("block-1")
                .map(b -> java.time.Duration.between(schedule.due(), b.due())).orElse(null);
        Instant end = e.endOr(asOf);
        Instant cursor = schedule.due();
        while (cursor.isBefore(end)) {
            boolean needsSecretaryOfState = !cursor.isBefore(secretaryOfStateFrom);
            final Instant at = cursor;
            var authority = e.authorities().stream()
                    .filter(a -> a.covers(at))
                    .filter(a -> !needsSecretaryOfState || a.level() == AuthorityLevel.SECRETARY_OF_STATE)
                    .max(Comparator.comparing(SeparationAuthority::validUntil));
            if (authority.isEmpty()) {
                breaches.add(new SeparationBreach("SE-05", cursor, needsSecretaryOfState
                        ? "Removal from association beyond 42 days without the Secretary of State's authority"
                        : "Removal from association beyond " + (cursor.equals(schedule.due()) ? "72 hours" : "the last block")
                          + " without written authority"));
                break;
            }
            Instant until = authority.get().validUntil();
            // a block is measured from where it takes over, since authority is usually granted a little early
            if (blockLength != null && java.time.Duration.between(cursor, until).compareTo(blockLength) > 0) {
                breaches.add(new SeparationBreach("SE-05", cursor,
                        "Written authority granted for longer than one " + blockLength.toDays() + "-day block"));
            }
            if (!needsSecretaryOfState && until.isAfter(secretaryOfStateFrom)
                    && authority.get().level() != AuthorityLevel.SECRETARY_OF_STATE) {
                until = secretaryOfStateFrom;
            }
            cursor = until;
        }
        return breaches;
    }
}
