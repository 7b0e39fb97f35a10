package haven.access;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.internal.AccessLogChain;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLogChainTest {
    private static AccessLogChain.Fields entry(String reason) {
        return new AccessLogChain.Fields(Instant.parse("2026-01-05T10:00:00Z"), "social.worker", "SOCIAL_WORKER", "LA-ASH", 42L,
                "VIEW_PERSON", "web", reason, false);
    }

    @Test
    void namesTheFirstEntryWhoseContentChanged() {
        String h1 = AccessLogChain.hash(AccessLogChain.GENESIS, entry("a"));
        String h2 = AccessLogChain.hash(h1, entry("b"));
        var checker = new AccessLogChain.Checker();
        checker.next(1, entry("a"), AccessLogChain.GENESIS, h1);
        checker.next(2, entry("changed"), h1, h2);
        assertThat(checker.broken()).isNotNull();
        assertThat(checker.broken().firstBrokenEntryId()).isEqualTo(2);
    }

    @Test
    void namesTheEntryAfterARemovedOne() {
        String h1 = AccessLogChain.hash(AccessLogChain.GENESIS, entry("a"));
        String h2 = AccessLogChain.hash(h1, entry("b"));
        String h3 = AccessLogChain.hash(h2, entry("c"));
        var checker = new AccessLogChain.Checker();
        checker.next(1, entry("a"), AccessLogChain.GENESIS, h1);
        checker.next(3, entry("c"), h2, h3);
        assertThat(checker.broken().firstBrokenEntryId()).isEqualTo(3);
    }

    @Test
    void acceptsAnUnbrokenChain() {
        String h1 = AccessLogChain.hash(AccessLogChain.GENESIS, entry("a"));
        var checker = new AccessLogChain.Checker();
        checker.next(1, entry("a"), AccessLogChain.GENESIS, h1);
        assertThat(checker.broken()).isNull();
        assertThat(checker.count()).isEqualTo(1);
    }
}
