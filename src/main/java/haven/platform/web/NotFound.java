package haven.platform.web;

/** Thrown when the thing asked for does not exist (or the user may not know that it does). */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
