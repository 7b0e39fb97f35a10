package haven.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uses the embedded PostgreSQL unless {@code haven.database.embedded=false}, in which case
 * Spring Boot's own {@code spring.datasource.*} settings point at an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "haven.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    /** Either a server this process starts, or the one a running Haven already owns. */
    record Server(EmbeddedPostgres started, String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (started != null) {
                started.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    Server embeddedPostgres(@Value("${haven.database.data-dir:data/postgres}") String dataDir,
                            @Value("${haven.database.port:0}") int port,
                            @Value("${haven.database.durable:true}") boolean durable) {
        Path directory = Path.of(dataDir).toAbsolutePath();
        var running = EmbeddedPostgres.runningServerPort(directory);
        if (running.isPresent()) {
            return new Server(null, "jdbc:postgresql://localhost:" + running.get() + "/postgres?user=postgres");
        }
        var server = EmbeddedPostgres.start(directory, port, durable);
        return new Server(server, server.jdbcUrl());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Server server,
                          @Value("${haven.database.pool-size:24}") int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl() + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("haven");
        return new HikariDataSource(config);
    }
}
