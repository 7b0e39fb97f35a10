package haven.secureestate.notifications;

/**
 * Delivers a notification to a safeguarding partnership. Delivery is not acknowledgement: the partnership
 * acknowledges separately (the acknowledgement endpoint), and until it does the outbox keeps sending.
 */
public interface PartnershipGateway {

    /** @throws DeliveryFailed when the partnership could not be reached; the outbox will try again later */
    void deliver(PartnershipNotification notification);

    /** The partnership could not be reached. */
    class DeliveryFailed extends RuntimeException {
        public DeliveryFailed(String message) {
            super(message);
        }
    }
}
