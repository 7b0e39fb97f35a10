package haven.identity.linkage;

/**
 * A person record normalised once for comparison: lower case, phonetic codes and date parts worked out up front so
 * that comparing millions of pairs costs no parsing. Fields are null when the source held nothing usable.
 */
public final class PreparedRecord {
    public final int index;
    public final String id;
    public final int source;
    public final String forename;
    public final String forenamePhonetic;
    public final String forenameCanonical;
    public final String surname;
    public final String surnamePhonetic;
    public final String[] surnameParts;
    /** Date of birth as yyyymmdd digits, or null. */
    public final String dob;
    public final int dobYear;
    public final int dobMonth;
    public final int dobDay;
    /** 'M', 'F' or 0 when not recorded. */
    public final char sex;
    public final String postcode;
    public final String postcodeDistrict;
    public final String[] addressTokens;
    public final String locality;
    /** Valid NHS numbers only: one failing the check digit is treated as absent. */
    public final String nhsNumber;
    public final String pncId;
    public final String upn;
    public final String otherId;
    public final String phone;
    public final String email;
    public final String emailLocal;
    public final boolean sealed;

    PreparedRecord(int index, String id, int source, String forename, String forenamePhonetic,
                   String forenameCanonical, String surname, String surnamePhonetic, String[] surnameParts,
                   String dob, int dobYear, int dobMonth, int dobDay, char sex, String postcode,
                   String postcodeDistrict, String[] addressTokens, String locality, String nhsNumber, String pncId,
                   String upn, String otherId, String phone, String email, String emailLocal, boolean sealed) {
        this.index = index;
        this.id = id;
        this.source = source;
        this.forename = forename;
        this.forenamePhonetic = forenamePhonetic;
        this.forenameCanonical = forenameCanonical;
        this.surname = surname;
        this.surnamePhonetic = surnamePhonetic;
        this.surnameParts = surnameParts;
        this.dob = dob;
        this.dobYear = dobYear;
        this.dobMonth = dobMonth;
        this.dobDay = dobDay;
        this.sex = sex;
        this.postcode = postcode;
        this.postcodeDistrict = postcodeDistrict;
        this.addressTokens = addressTokens;
        this.locality = locality;
        this.nhsNumber = nhsNumber;
        this.pncId = pncId;
        this.upn = upn;
        this.otherId = otherId;
        this.phone = phone;
        this.email = email;
        this.emailLocal = emailLocal;
        this.sealed = sealed;
    }

    @Override
    public String toString() {
        return "PreparedRecord[" + id + "]";
    }
}
