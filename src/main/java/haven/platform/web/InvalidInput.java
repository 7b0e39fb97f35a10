package haven.platform.web;

import java.util.List;

/**
 * Thrown when input breaks a rule; pages show it in the GOV.UK error summary and the API
 * answers 422 with a problem document listing each field.
 */
public class InvalidInput extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the input");
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
