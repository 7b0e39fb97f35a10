package haven.referrals.internal;

import haven.referrals.Referrals;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every five minutes, escalates referral decisions and challenge answers whose clocks have passed. */
@Component
class OverdueSweep {
    private final Referrals referrals;

    OverdueSweep(Referrals referrals) {
        this.referrals = referrals;
    }

    @Scheduled(fixedDelayString = "${haven.referrals.sweep-every:PT5M}", initialDelayString = "PT1M")
    void sweep() {
        referrals.escalateOverdue();
    }
}
