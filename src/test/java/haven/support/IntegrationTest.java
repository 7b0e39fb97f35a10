package haven.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots Haven on a real HTTP port against the embedded PostgreSQL, with the small demo
 * area loaded. One database serves every test class in a run; tests make their own data
 * or use the demo's users (password {@link #PASSWORD}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {
    public static final String PASSWORD = "demo-password-1";
    public static final String API_TOKEN = "demo-police-system-token";

    private static final Path DATABASE = newDatabaseDirectory();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("haven.database.data-dir", DATABASE::toString);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path newDatabaseDirectory() {
        try {
            Path dir = Files.createTempDirectory("haven-test-db");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the directory is under the system temporary folder
        }
    }
}
