package haven.platform.web;

/** One bad field in a form or a request, with a message a person can act on. */
public record FieldProblem(String field, String message) {
}
