package haven.secureestate.separation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A child kept apart from others (separation in a secure training centre, removal from association in a young
 * offender institution): reasons, authorisation, observations and any written authority to continue.
 * An open episode has no {@code endedAt}.
 */
public record SeparationEpisode(UUID id, UUID establishmentId, Long childPersonId, Instant startedAt,
                                Instant endedAt, String reason, String otherMethodsTried, UUID authorisedBy,
                                Instant reasonsGivenInWritingAt, List<Observation> observations,
                                List<SeparationAuthority> authorities) {

    public SeparationEpisode {
        observations = observations == null ? List.of()
                : observations.stream().sorted(Comparator.comparing(Observation::at)).toList();
        authorities = authorities == null ? List.of()
                : authorities.stream().sorted(Comparator.comparing(SeparationAuthority::grantedAt)).toList();
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** The end, or {@code asOf} for an episode still running. */
    public Instant endOr(Instant asOf) {
        return endedAt == null ? asOf : endedAt;
    }

    public Duration durationAsOf(Instant asOf) {
        return Duration.between(startedAt, endOr(asOf));
    }

    /** Time this episode overlaps the window [from, to). */
    public Duration overlap(Instant from, Instant to, Instant asOf) {
        Instant s = startedAt.isAfter(from) ? startedAt : from;
        Instant e = endOr(asOf).isBefore(to) ? endOr(asOf) : to;
        return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
    }

    @Override
    public String toString() {
        return "SeparationEpisode[" + id + " child=" + childPersonId + "]";
    }
}
