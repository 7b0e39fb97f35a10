package haven.secureestate.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Wakes the SE-07 outbox regularly; what is due is decided by the injected clock, not by this timer. */
@Component
class PartnershipRetryJob {

    private final PartnershipOutbox outbox;

    PartnershipRetryJob(PartnershipOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${haven.secure-estate.outbox-poll:PT30S}", initialDelayString = "PT20S")
    void sendDue() {
        outbox.sendDue();
    }
}
