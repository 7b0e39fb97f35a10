package haven.identity.linkage;

/**
 * One agency's record of a person, as the linkage engine sees it: raw values, any of which may be missing.
 *
 * <p>{@code toString()} prints the record id only: names, dates of birth and addresses never reach a log.
 */
public record LinkageRecord(
        String id,
        String source,
        String forename,
        String surname,
        String dateOfBirth,
        String sex,
        String postcode,
        String address,
        String locality,
        String nhsNumber,
        String pncId,
        String upn,
        String otherId,
        String phone,
        String email,
        boolean sealed) {

    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public String toString() {
        return "LinkageRecord[" + id + "]";
    }

    /** Builds a record field by field, because most sources hold only a few of the fields. */
    public static final class Builder {
        private final String id;
        private String source = "";
        private String forename, surname, dateOfBirth, sex, postcode, address, locality;
        private String nhsNumber, pncId, upn, otherId, phone, email;
        private boolean sealed;

        private Builder(String id) {
            this.id = id;
        }

        public Builder source(String v) { source = v; return this; }
        public Builder forename(String v) { forename = v; return this; }
        public Builder surname(String v) { surname = v; return this; }
        public Builder dateOfBirth(String v) { dateOfBirth = v; return this; }
        public Builder sex(String v) { sex = v; return this; }
        public Builder postcode(String v) { postcode = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder locality(String v) { locality = v; return this; }
        public Builder nhsNumber(String v) { nhsNumber = v; return this; }
        public Builder pncId(String v) { pncId = v; return this; }
        public Builder upn(String v) { upn = v; return this; }
        public Builder otherId(String v) { otherId = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder sealed(boolean v) { sealed = v; return this; }

        public LinkageRecord build() {
            return new LinkageRecord(id, source, forename, surname, dateOfBirth, sex, postcode, address, locality,
                    nhsNumber, pncId, upn, otherId, phone, email, sealed);
        }
    }
}
