package haven.demo.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In the demo profile: loads the demo area on first start, then prints the address and the demo sign-ins. */
@Component
class DemoStartup {
    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoAreaLoader loader;
    private final Environment environment;
    private final boolean enabled;
    private final String size;

    DemoStartup(DemoAreaLoader loader, Environment environment, @Value("${haven.demo.enabled:false}") boolean enabled,
                @Value("${haven.demo.size:small}") String size) {
        this.loader = loader;
        this.environment = environment;
        this.enabled = enabled;
        this.size = size;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAndGreet() {
        if (!enabled || environment.getProperty("haven.cli", Boolean.class, false)) {
            return;
        }
        int total = DemoAreaLoader.households(size);
        var logins = loader.load(size, done -> {
            if (done % 10_000 == 0 || done == total) {
                log.info("Loading the demo area: {} of {} households ({}%)", done, total, done * 100L / total);
            }
        });
        String port = environment.getProperty("local.server.port", "8080");
        var text = new StringBuilder("\n\n  Haven is running at http://localhost:" + port + "/\n\n")
                .append("  Demo sign-ins (password for all: ").append(DemoDirectory.PASSWORD).append("):\n");
        for (var login : logins) {
            text.append(String.format("    %-28s %-42s %s%n", login.username(), login.role(), login.agency()));
        }
        text.append("\n  API token for the demo police system: ").append(DemoDirectory.API_TOKEN).append("\n");
        System.out.println(text);
    }
}
