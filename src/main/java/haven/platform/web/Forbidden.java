package haven.platform.web;

/** Thrown when the user may not see or do this; the message says why and whom to ask. */
public class Forbidden extends RuntimeException {
    public Forbidden(String explanation) {
        super(explanation);
    }
}
