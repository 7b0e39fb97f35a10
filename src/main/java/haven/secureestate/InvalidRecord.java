package haven.secureestate;

import java.util.List;

/** Thrown when a record cannot be saved as entered; carries every problem found, field by field. */
public class InvalidRecord extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRecord(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the record: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
