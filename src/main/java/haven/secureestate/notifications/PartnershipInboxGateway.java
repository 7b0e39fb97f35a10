package haven.secureestate.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The default delivery: the partnership's staff read notifications in Haven (their inbox page) and acknowledge
 * there, so delivering means making it visible. A partnership with its own system replaces this bean with one that
 * posts to it. Logs ids only.
 */
@Component
@ConditionalOnMissingBean(value = PartnershipGateway.class, ignored = PartnershipInboxGateway.class)
class PartnershipInboxGateway implements PartnershipGateway {

    private static final Logger log = LoggerFactory.getLogger(PartnershipInboxGateway.class);

    @Override
    public void deliver(PartnershipNotification n) {
        log.info("SE-07 notification {} delivered to partnership inbox (attempt {})", n.id(), n.attempts() + 1);
    }
}
