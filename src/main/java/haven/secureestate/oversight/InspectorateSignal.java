package haven.secureestate.oversight;

/** Something an inspectorate would act on, with the rule it concerns and how serious it is. */
public record InspectorateSignal(Severity severity, String ruleId, String message) {

    public enum Severity {
        /** The kind of finding that led to urgent notifications: act now. */
        URGENT,
        /** A pattern a monitor should ask about. */
        CONCERN
    }
}
