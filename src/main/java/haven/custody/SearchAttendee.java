package haven.custody;

/** Someone present at a strip search besides the child (PACE-12). */
public record SearchAttendee(String name, Sex sex, boolean appropriateAdult) {

    @Override
    public String toString() {
        return "SearchAttendee[appropriateAdult=" + appropriateAdult + "]";
    }
}
