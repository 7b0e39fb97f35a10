package haven.platform.cli;

/**
 * A command for operators, contributed as a bean annotated with picocli's {@code @Command}
 * and implementing {@code Callable<Integer>}; it becomes a sub-command of {@code haven}.
 */
public interface OperatorCommand extends java.util.concurrent.Callable<Integer> {
}
