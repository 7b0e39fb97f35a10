package haven.access.internal;

import haven.access.AccessLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash chain over access-log entries: each hash covers the entry and the hash before it. */
public final class AccessLogChain {
    public static final String GENESIS = "0".repeat(64);

    private AccessLogChain() {
    }

    /** The fields an entry's hash covers. */
    public record Fields(Instant at, String username, String role, String agencyCode, Long personId, String action,
                         String channel, String reason, boolean breakGlass) {
        String canonical() {
            return String.join("\u001f", at.toString(), username, role, agencyCode, String.valueOf(personId), action,
                    channel, String.valueOf(reason), String.valueOf(breakGlass));
        }
    }

    public static String hash(String previousHash, Fields fields) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1e);
            digest.update(fields.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks entries one by one, in id order, remembering the first that breaks the chain. */
    public static final class Checker {
        private String expectedPrevious = GENESIS;
        private long count;
        private AccessLog.Verification.Broken broken;

        public void next(long id, Fields fields, String prevHash, String hash) {
            if (!expectedPrevious.equals(prevHash)) {
                broken = new AccessLog.Verification.Broken(id,
                        "entry " + id + " does not follow the entry before it (an entry was removed or reordered)");
            } else if (!hash(prevHash, fields).equals(hash)) {
                broken = new AccessLog.Verification.Broken(id, "entry " + id + " was changed after it was written");
            } else {
                expectedPrevious = hash;
                count++;
            }
        }

        public AccessLog.Verification.Broken broken() {
            return broken;
        }

        public long count() {
            return count;
        }
    }
}
