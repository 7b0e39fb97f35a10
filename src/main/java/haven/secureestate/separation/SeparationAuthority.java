package haven.secureestate.separation;

import java.time.Instant;
import java.util.UUID;

/** Written authority to continue a separation from {@code grantedAt} until {@code validUntil}. */
public record SeparationAuthority(Instant grantedAt, Instant validUntil, AuthorityLevel level, UUID grantedBy) {

    public boolean covers(Instant t) {
        return !grantedAt.isAfter(t) && validUntil.isAfter(t);
    }
}
