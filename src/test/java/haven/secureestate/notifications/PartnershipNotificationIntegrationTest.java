package haven.secureestate.notifications;

import haven.secureestate.MovableClock;
import haven.secureestate.Outcome;
import haven.secureestate.SecureEstate;
import haven.secureestate.estate.Establishment;
import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.support.Api;
import haven.support.IntegrationTest;
import haven.workforce.Workforce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipNotificationIntegrationTest extends IntegrationTest {

    @Autowired
    SecureEstate estate;
    @Autowired
    Workforce workforce;
    @Autowired
    Clock clock;

    @Test
    void aRestraintThatInjuresAChildIsNotifiedToThePartnershipAndRetriedUntilAcknowledged() { // SE-07
        Establishment hollins = estate.establishmentOfAgency("STC-HOLLINS").orElseThrow();
        long child = estate.currentPlacements(hollins.id()).get(0).childPersonId();
        List<UUID> staff = workforce.staff(hollins.id()).stream().limit(2).map(s -> s.id()).toList();
        Instant start = clock.instant().minus(Duration.ofHours(2));
        Outcome recorded = estate.recordUseOfForce(new UseOfForce(null, hollins.id(), child, "Ash unit landing", start,
                start.plus(Duration.ofMinutes(6)), staff, RestraintReason.PREVENT_HARM_TO_OTHERS,
                "Talked with him for ten minutes; offered time in his room", List.of("STANDING_HOLD", "SEATED_HOLD"),
                null, "BWV-77", start.plus(Duration.ofMinutes(20)), "Graze to the left cheek", null), false, "test");
        UUID useOfForce = ((Outcome.Recorded) recorded).id();
        PartnershipNotification queued = estate.useOfForce(useOfForce).orElseThrow().notification().orElseThrow();
        assertThat(queued.partnership()).isEqualTo("Northmere Safeguarding Children Partnership");
        assertThat(queued.attempts()).isZero();

        // the partnership cannot be reached twice, then receives it but does not acknowledge
        AtomicInteger calls = new AtomicInteger();
        PartnershipGateway flaky = n -> {
            if (n.id().equals(queued.id()) && calls.incrementAndGet() <= 2) {
                throw new PartnershipGateway.DeliveryFailed("partnership endpoint unavailable");
            }
        };
        MovableClock time = new MovableClock(clock.instant());
        PartnershipOutbox outbox = new PartnershipOutbox(jdbc, flaky, time);

        outbox.sendDue();                               // attempt 1 fails
        outbox.sendDue();                               // nothing due yet: backoff
        assertThat(outbox.find(queued.id()).orElseThrow().attempts()).isEqualTo(1);
        time.advance(Duration.ofMinutes(1));
        outbox.sendDue();                               // attempt 2 fails
        time.advance(Duration.ofMinutes(2));
        outbox.sendDue();                               // attempt 3 delivered, still unacknowledged
        time.advance(Duration.ofMinutes(4));
        outbox.sendDue();                               // attempt 4: sent again because nobody acknowledged
        PartnershipNotification beforeAck = outbox.find(queued.id()).orElseThrow();
        assertThat(beforeAck.attempts()).isEqualTo(4);
        assertThat(beforeAck.acknowledged()).isFalse();
        assertThat(outbox.attempts(queued.id())).extracting(a -> a[1])
                .containsExactly("FAILED", "FAILED", "DELIVERED", "DELIVERED");

        var ack = Api.asUser(port, "partnership.lead").post(
                "/api/v1/secure-estate/partnership-notifications/" + queued.id() + "/acknowledgement",
                "{\"reference\":\"NSCP-2026-0042\"}");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("NSCP-2026-0042");

        time.advance(Duration.ofHours(2));
        outbox.sendDue();
        assertThat(outbox.find(queued.id()).orElseThrow().attempts()).as("no more attempts once acknowledged").isEqualTo(4);
    }

    @Test
    void onlyThePartnershipMayAcknowledge() { // SE-07
        var notifications = Api.asUser(port, "secure.manager").post(
                "/api/v1/secure-estate/partnership-notifications/" + UUID.randomUUID() + "/acknowledgement", "{}");
        assertThat(notifications.statusCode()).isEqualTo(403);
    }

}
