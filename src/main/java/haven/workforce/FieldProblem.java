package haven.workforce;

/** One thing wrong with what was entered, naming the field. */
public record FieldProblem(String field, String message) {
}
