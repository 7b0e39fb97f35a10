package haven.secureestate.separation;

import haven.secureestate.FieldProblem;
import haven.secureestate.estate.EstablishmentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static haven.secureestate.estate.EstablishmentType.SECURE_TRAINING_CENTRE;
import static haven.secureestate.estate.EstablishmentType.YOUNG_OFFENDER_INSTITUTION;
import static org.assertj.core.api.Assertions.assertThat;

class SeparationCheckTest {

    private final SeparationCheck check = new SeparationCheck(haven.clocks.Rules.standard());
    private final Instant start = Instant.parse("2026-03-02T10:00:00Z");
    private final Long child = 101L;

    private SeparationEpisode episode(Instant from, Duration length, Duration observeEvery,
                                      List<SeparationAuthority> authorities) {
        List<Observation> obs = new ArrayList<>();
        Instant end = length == null ? null : from.plus(length);
        if (observeEvery != null) {
            for (Instant t = from.plus(observeEvery); end == null || !t.isAfter(end); t = t.plus(observeEvery)) {
                obs.add(new Observation(t, UUID.randomUUID(), "Calm"));
                if (end == null && obs.size() > 400) {
                    break;
                }
            }
        }
        return new SeparationEpisode(UUID.randomUUID(), UUID.randomUUID(), child, from, end, "Assaulted a peer",
                "Talking down, time out", UUID.randomUUID(), from.plusSeconds(600), obs, authorities);
    }

    private List<SeparationBreach> check(EstablishmentType type, SeparationEpisode e, SeparationEpisode... all) {
        List<SeparationEpisode> list = new ArrayList<>(List.of(all));
        list.add(e);
        return check.check(type, haven.clocks.Jurisdiction.ENGLAND, e, list, start.plus(Duration.ofDays(60)));
    }

    @Test
    void acceptsASecureTrainingCentreSeparationObservedEvery15MinutesForTwoHours() { // SE-04
        assertThat(check(SECURE_TRAINING_CENTRE, episode(start, Duration.ofHours(2), Duration.ofMinutes(15), List.of())))
                .isEmpty();
    }

    @Test
    void flagsAGapOfMoreThan15MinutesBetweenObservations() { // SE-04
        List<SeparationBreach> breaches = check(SECURE_TRAINING_CENTRE,
                episode(start, Duration.ofHours(1), Duration.ofMinutes(20), List.of()));

        assertThat(breaches).isNotEmpty().allMatch(b -> b.ruleId().equals("SE-04"));
        assertThat(breaches.get(0).at()).isEqualTo(start.plus(Duration.ofMinutes(15)));
    }

    @Test
    void breachesWhenSeparatedMoreThanThreeHoursContinuously() { // SE-04
        List<SeparationBreach> breaches = check(SECURE_TRAINING_CENTRE,
                episode(start, Duration.ofMinutes(181), Duration.ofMinutes(15), List.of()));

        assertThat(breaches).extracting(SeparationBreach::at).containsExactly(start.plus(Duration.ofHours(3)));
    }

    @Test
    void breachesWhenShortSeparationsAddUpToMoreThanThreeHoursIn24Hours() { // SE-04
        SeparationEpisode morning = episode(start, Duration.ofHours(2), Duration.ofMinutes(15), List.of());
        SeparationEpisode evening = episode(start.plus(Duration.ofHours(8)), Duration.ofMinutes(90),
                Duration.ofMinutes(15), List.of());

        List<SeparationBreach> breaches = check(SECURE_TRAINING_CENTRE, evening, morning);
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).message()).contains("in total in 24 hours");
        assertThat(breaches.get(0).at()).isEqualTo(start.plus(Duration.ofHours(9)));
    }

    @Test
    void doesNotAddSeparationsMoreThan24HoursApart() { // SE-04
        SeparationEpisode yesterday = episode(start, Duration.ofHours(2), Duration.ofMinutes(15), List.of());
        SeparationEpisode today = episode(start.plus(Duration.ofHours(26)), Duration.ofHours(2),
                Duration.ofMinutes(15), List.of());

        assertThat(check(SECURE_TRAINING_CENTRE, today, yesterday)).isEmpty();
    }

    @Test
    void flagsReasonsNotGivenInWriting() { // SE-04
        SeparationEpisode e = episode(start, Duration.ofHours(1), Duration.ofMinutes(15), List.of());
        SeparationEpisode unwritten = new SeparationEpisode(e.id(), e.establishmentId(), child, e.startedAt(),
                e.endedAt(), e.reason(), e.otherMethodsTried(), e.authorisedBy(), null, e.observations(), List.of());

        assertThat(check(SECURE_TRAINING_CENTRE, unwritten)).extracting(SeparationBreach::message)
                .containsExactly("Reasons for separation not given in writing");
    }

    @Test
    void allowsRemovalFromAssociationUpTo72HoursWithoutWrittenAuthority() { // SE-05
        assertThat(check(YOUNG_OFFENDER_INSTITUTION, episode(start, Duration.ofHours(72), null, List.of()))).isEmpty();
    }

    @Test
    void breachesRemovalFromAssociationBeyond72HoursWithoutWrittenAuthority() { // SE-05
        List<SeparationBreach> breaches = check(YOUNG_OFFENDER_INSTITUTION,
                episode(start, Duration.ofHours(80), null, List.of()));

        assertThat(breaches).extracting(SeparationBreach::ruleId, SeparationBreach::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SE-05", start.plus(Duration.ofHours(72))));
    }

    @Test
    void acceptsFourteenDayBlocksOfWrittenAuthorityUpTo42Days() { // SE-05
        Instant t72 = start.plus(Duration.ofHours(72));
        List<SeparationAuthority> blocks = List.of(
                new SeparationAuthority(t72.minusSeconds(3600), t72.plus(Duration.ofDays(14)), AuthorityLevel.ESTABLISHMENT, UUID.randomUUID()),
                new SeparationAuthority(t72.plus(Duration.ofDays(14)).minusSeconds(3600), t72.plus(Duration.ofDays(28)), AuthorityLevel.ESTABLISHMENT, UUID.randomUUID()));

        assertThat(check(YOUNG_OFFENDER_INSTITUTION, episode(start, Duration.ofDays(31), null, blocks))).isEmpty();
    }

    @Test
    void breachesBeyond42DaysWithoutTheSecretaryOfState() { // SE-05
        Instant t72 = start.plus(Duration.ofHours(72));
        List<SeparationAuthority> blocks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Instant from = t72.plus(Duration.ofDays(14L * i)).minusSeconds(3600);
            blocks.add(new SeparationAuthority(from, from.plus(Duration.ofDays(14)), AuthorityLevel.ESTABLISHMENT, UUID.randomUUID()));
        }

        List<SeparationBreach> breaches = check(YOUNG_OFFENDER_INSTITUTION, episode(start, Duration.ofDays(45), null, blocks));
        assertThat(breaches).hasSize(1);
        // 42 London days keep the wall-clock time across the change to BST (clocks, SE-05)
        assertThat(breaches.get(0).at()).isEqualTo(java.time.ZonedDateTime.of(2026, 4, 13, 10, 0, 0, 0,
                java.time.ZoneId.of("Europe/London")).toInstant());
        assertThat(breaches.get(0).message()).contains("Secretary of State");
    }

    @Test
    void rejectsAnObservationOutsideTheEpisode() {
        SeparationEpisode e = episode(start, Duration.ofHours(1), Duration.ofMinutes(15), List.of());
        List<Observation> obs = new ArrayList<>(e.observations());
        obs.add(new Observation(start.minusSeconds(60), UUID.randomUUID(), "Before it began"));
        SeparationEpisode bad = new SeparationEpisode(e.id(), e.establishmentId(), child, e.startedAt(), e.endedAt(),
                e.reason(), e.otherMethodsTried(), e.authorisedBy(), e.reasonsGivenInWritingAt(), obs, List.of());

        assertThat(SeparationValidation.validate(bad, start.plus(Duration.ofDays(1))))
                .extracting(FieldProblem::field).containsExactly("observations");
    }

    @Test
    void rejectsASeparationThatEndsBeforeItStarts() {
        SeparationEpisode bad = new SeparationEpisode(UUID.randomUUID(), UUID.randomUUID(), child, start,
                start.minusSeconds(1), "Reason", "Talk", UUID.randomUUID(), null, List.of(), List.of());

        assertThat(SeparationValidation.validate(bad, start.plus(Duration.ofDays(1))))
                .extracting(FieldProblem::field).containsExactly("endedAt");
    }
}
