package haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import haven.platform.db.EmbeddedPostgres;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server that keeps real data runs durably, and a restart over the same files keeps them. */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void keepsDataDurablyAcrossARestart() throws Exception {
        var dir = Files.createTempDirectory("haven-durable");
        try (var server = EmbeddedPostgres.start(dir, 0, true)) {
            var jdbc = JdbcClient.create(server.dataSource());
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            jdbc.sql("create table kept (v text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        try (var server = EmbeddedPostgres.start(dir, 0, true)) {
            var jdbc = JdbcClient.create(server.dataSource());
            assertThat(jdbc.sql("select v from kept").query(String.class).single()).isEqualTo("still here");
        }
    }
}
