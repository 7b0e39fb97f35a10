package haven.platform.cli;

import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Runs one operator command in a Spring context without the web server or schedules. */
public final class OperatorConsole {

    @CommandLine.Command(name = "haven", mixinStandardHelpOptions = true,
            description = "Operator commands for Haven. Run without a command to start the web application.")
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    private OperatorConsole() {
    }

    /** The first argument is a command (not a Spring option such as --server.port). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    public static int run(Class<?> application, String[] args) {
        String[] springArgs = java.util.Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--haven."))
                .toArray(String[]::new);
        String[] commandArgs = java.util.Arrays.stream(args).filter(a -> !(a.startsWith("--spring.") || a.startsWith("--haven.")))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "haven.scheduling.enabled=false", "haven.cli=true",
                        "logging.level.root=WARN", "logging.level.haven=INFO")
                .run(springArgs)) {
            return commandLine(context).execute(commandArgs);
        }
    }

    /** The command tree, with every {@link OperatorCommand} bean as a sub-command. */
    public static CommandLine commandLine(ConfigurableApplicationContext context) {
        var root = new CommandLine(new Root());
        List<OperatorCommand> commands = context.getBeansOfType(OperatorCommand.class).values().stream().toList();
        for (var command : commands) {
            root.addSubcommand(new CommandLine(command, new SpringFactory(context)));
        }
        return root;
    }

    /** Lets picocli build nested sub-commands as Spring beans where they are beans. */
    record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return context.getBean(type);
            } catch (org.springframework.beans.BeansException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
