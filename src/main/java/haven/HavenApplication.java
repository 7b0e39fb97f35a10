package haven;

import haven.platform.cli.OperatorConsole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Haven: one record of each child at risk across agencies. With no command it serves the
 * pages and the API; with a command (for example {@code import}) it runs that operator
 * command against the same database and exits. Beans are named by their full class name,
 * so two modules may each have, say, an {@code AlertStore} without clashing.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class HavenApplication {
    public static void main(String[] args) {
        if (OperatorConsole.isCommand(args)) {
            System.exit(OperatorConsole.run(HavenApplication.class, args));
        }
        SpringApplication.run(HavenApplication.class, args);
    }
}
