package haven.casefile;

/** The result of asking to open a person's record. */
public sealed interface Opened {
    /** The record, as this viewer may see it; the view is already in the access log. */
    record Shown(PersonFile file) implements Opened {
    }

    /** The viewer must say why before the record opens. */
    record NeedsReason(String explanation) implements Opened {
    }

    /** This person's records were merged into another person, whose record holds them now. */
    record Merged(long personId, long intoPersonId) implements Opened {
    }

    /** The viewer may not open it; the explanation says why and whom to ask. */
    record Refused(String explanation) implements Opened {
    }
}
