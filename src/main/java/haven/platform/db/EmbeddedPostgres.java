package haven.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the PostgreSQL 17 server shipped as a Maven dependency, keeping its data in a
 * directory that survives restarts. Durable by default (fsync and synchronous commit on);
 * only tests ask for the fast, non-durable mode.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * The port of a server over {@code dataDirectory} that a running Haven already owns, so
     * an operator command can use it instead of starting a second server on the same files.
     */
    public static Optional<Integer> runningServerPort(Path dataDirectory) {
        try {
            OrphanedServer.stopIfRunning(dataDirectory);
            return OrphanedServer.portOfLiveServer(dataDirectory);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts (or restarts) the server over {@code dataDirectory}. */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            OrphanedServer.stopIfRunning(dataDirectory);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            var server = builder.start();
            log.info("Embedded PostgreSQL started on port {} (durable={})", server.getPort(), durable);
            return new EmbeddedPostgres(server);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** After a {@code kill -9} of the JVM the server is left running and holds its pid file. */
    static final class OrphanedServer {
        private OrphanedServer() {
        }

        static void stopIfRunning(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            if (orphan.isPresent() && orphan.get().isAlive()
                    && orphan.get().info().command().map(c -> c.contains("postgres")).orElse(false)
                    && isOrphan(orphan.get())) {
                log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", orphan.get().pid());
                orphan.get().destroy(); // SIGTERM: a smart shutdown that keeps the data consistent
                try {
                    orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    orphan.get().destroyForcibly();
                }
            }
            if (orphan.isEmpty() || !orphan.get().isAlive()) {
                Files.deleteIfExists(pidFile);
            }
        }

        /** A server whose owning JVM died is re-parented; one owned by a live Haven is left alone. */
        static boolean isOrphan(ProcessHandle server) {
            return server.parent()
                    .map(parent -> parent.pid() == 1 || !parent.info().command().map(c -> c.endsWith("java")).orElse(false))
                    .orElse(true);
        }

        /** The port of a server that another live Haven process owns, if any. */
        static Optional<Integer> portOfLiveServer(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        }
    }
}
