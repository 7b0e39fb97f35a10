package haven.secureestate;

/** One thing wrong with what was entered, naming the field so a form or API can point at it. */
public record FieldProblem(String field, String message) {
}
