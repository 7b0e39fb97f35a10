package haven.meetings;

/** The decision to hold a strategy discussion about a child; it starts the CP-02 clock. */
public record ConveneDiscussion(ConvenedFrom from, Long childPersonId, Long localAuthorityAgencyId, String reason) {
    @Override
    public String toString() {
        return "ConveneDiscussion[from=" + from + ", child=" + childPersonId + "]";
    }
}
