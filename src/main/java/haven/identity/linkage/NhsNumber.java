package haven.identity.linkage;

/** The NHS number's modulus 11 check digit: a number that fails it is a typing error, not an identity. */
public final class NhsNumber {
    private NhsNumber() {
    }

    /** Digits only, or null when the value is absent or not ten digits. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        var d = new StringBuilder(10);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.length() == 10 ? d.toString() : null;
    }

    public static boolean isValid(String raw) {
        String d = digits(raw);
        if (d == null) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }

    /** Appends the check digit to nine digits, or returns null when no valid check digit exists. */
    public static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? null : nineDigits + check;
    }
}
