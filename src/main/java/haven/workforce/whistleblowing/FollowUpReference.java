package haven.workforce.whistleblowing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The reference an anonymous whistleblower keeps to follow their report up. It is a secret: Haven stores only its
 * hash, so nobody reading the database can use it to pose as the reporter.
 */
public record FollowUpReference(String value) {

    // no 0/O, 1/I/L, so a reference read aloud or copied by hand survives
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    public static FollowUpReference generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder("WB-");
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return new FollowUpReference(sb.toString());
    }

    /** The reference as typed back, tolerant of case and surrounding spaces. */
    public static FollowUpReference parse(String typed) {
        return new FollowUpReference(typed == null ? "" : typed.trim().toUpperCase());
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "FollowUpReference[hidden]";
    }
}
