package haven.custody;

/** The custody officer's choice after a child is charged and refused bail (PACE-07). */
public enum TransferGround {
    /** Move the child to local authority accommodation: the default duty. */
    TRANSFER("Transfer to local authority accommodation"),
    /** Certificate: moving the child is impracticable. */
    IMPRACTICABLE("Certificate: transfer impracticable"),
    /** Certificate (age 12 or over): no secure accommodation and other accommodation would not protect the public. */
    NO_SECURE_ACCOMMODATION_SERIOUS_HARM("Certificate: no secure accommodation, risk of serious harm");

    private final String label;

    TransferGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
