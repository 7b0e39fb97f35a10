package haven.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haven.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every read lands in a hash-chained, append-only log, and tampering is found and named. */
class AccessLogIntegrationTest extends IntegrationTest {
    @Autowired
    AccessLog log;
    @Autowired
    Users users;

    @Test
    void refusesToUpdateOrDeleteAnEntry() {
        var user = users.byUsername("police.officer").orElseThrow();
        long id = log.record(user, null, AccessAction.SEARCH, "test", "search", false);
        assertThatThrownBy(() -> jdbc.sql("update access_log set reason = 'edited' where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void findsAndNamesAnEntryChangedBehindTheTriggersBack() {
        var user = users.byUsername("police.officer").orElseThrow();
        log.record(user, null, AccessAction.SEARCH, "test", "before", false);
        long tampered = log.record(user, null, AccessAction.SEARCH, "test", "original reason", false);
        log.record(user, null, AccessAction.SEARCH, "test", "after", false);
        assertThat(log.verify()).isInstanceOf(AccessLog.Verification.Intact.class);

        jdbc.sql("alter table access_log disable trigger access_log_append_only").update();
        try {
            jdbc.sql("update access_log set reason = 'rewritten' where id = :id").param("id", tampered).update();
            var result = log.verify();
            assertThat(result).isInstanceOf(AccessLog.Verification.Broken.class);
            assertThat(((AccessLog.Verification.Broken) result).firstBrokenEntryId()).isEqualTo(tampered);
        } finally {
            jdbc.sql("update access_log set reason = 'original reason' where id = :id").param("id", tampered).update();
            jdbc.sql("alter table access_log enable trigger access_log_append_only").update();
        }
        assertThat(log.verify()).isInstanceOf(AccessLog.Verification.Intact.class);
    }
}
