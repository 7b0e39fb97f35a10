package haven.protection;

/** A duty that police protection starts, each held as a task with a time (PP-03, PP-04, PP-08). */
public enum NotificationDuty {
    INFORM_LA_WHERE_FOUND("PP-03", "Tell the local authority where the child was found"),
    INFORM_LA_WHERE_LIVES("PP-03", "Tell the local authority where the child lives"),
    INFORM_CHILD("PP-03", "Tell the child what has happened and why"),
    ASCERTAIN_CHILD_WISHES("PP-03", "Find out the child's wishes and feelings"),
    DESIGNATED_OFFICER_INQUIRY("PP-03", "Have the case inquired into by a designated officer"),
    MOVE_TO_LA_ACCOMMODATION("PP-03", "Move the child to local authority accommodation"),
    INFORM_PARENTS("PP-04", "Tell the child's parents"),
    INFORM_PARENTAL_RESPONSIBILITY("PP-04", "Tell everyone with parental responsibility"),
    INFORM_PERSON_CHILD_LIVED_WITH("PP-04", "Tell the person the child was living with"),
    S47_ENQUIRY("PP-08", "Local authority: start section 47 enquiries");

    private final String rule;
    private final String description;

    NotificationDuty(String rule, String description) {
        this.rule = rule;
        this.description = description;
    }

    public String rule() {
        return rule;
    }

    public String description() {
        return description;
    }
}
