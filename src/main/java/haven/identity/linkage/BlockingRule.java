package haven.identity.linkage;

import java.util.List;
import java.util.function.Function;

/** Records with the same non-null key under a rule are compared; several rules together decide the candidates. */
public record BlockingRule(String name, Function<PreparedRecord, String> key) {

    /**
     * Haven's blocking rules. Each alone misses pairs with an error in its key; together they rarely miss a pair
     * that the model would link.
     */
    public static List<BlockingRule> standard() {
        return List.of(
                new BlockingRule("date of birth", r -> r.dob),
                new BlockingRule("surname sound + forename initial",
                        r -> r.surnamePhonetic == null || r.forename == null ? null
                                : r.surnamePhonetic + "|" + r.forename.charAt(0)),
                new BlockingRule("forename (nickname-aware) + year of birth",
                        r -> r.forenameCanonical == null || r.dob == null ? null
                                : r.forenameCanonical + "|" + r.dobYear),
                new BlockingRule("forename and surname sounds, either order",
                        r -> r.forenamePhonetic == null || r.surnamePhonetic == null ? null
                                : unordered(r.forenamePhonetic, r.surnamePhonetic)),
                new BlockingRule("postcode + forename initial",
                        r -> r.postcode == null || r.forename == null ? null : r.postcode + "|" + r.forename.charAt(0)),
                new BlockingRule("postcode + surname initial",
                        r -> r.postcode == null || r.surname == null ? null : r.postcode + "|" + r.surname.charAt(0)),
                new BlockingRule("month and day of birth + surname initial",
                        r -> r.dob == null || r.surname == null ? null
                                : r.dob.substring(4) + "|" + r.surname.charAt(0)),
                new BlockingRule("month and day of birth + forename initial",
                        r -> r.dob == null || r.forename == null ? null
                                : r.dob.substring(4) + "|" + r.forename.charAt(0)),
                new BlockingRule("surname sound + year of birth",
                        r -> r.surnamePhonetic == null || r.dob == null ? null
                                : r.surnamePhonetic + "|" + r.dobYear),
                new BlockingRule("locality + surname sound",
                        r -> r.locality == null || r.surnamePhonetic == null ? null
                                : r.locality + "|" + r.surnamePhonetic),
                new BlockingRule("locality + forename sound",
                        r -> r.locality == null || r.forenamePhonetic == null ? null
                                : r.locality + "|" + r.forenamePhonetic),
                new BlockingRule("house number + street word + postcode district",
                        r -> r.addressTokens == null || r.addressTokens.length < 2 || r.postcodeDistrict == null ? null
                                : r.addressTokens[0] + "|" + r.addressTokens[1] + "|" + r.postcodeDistrict),
                new BlockingRule("NHS number", r -> r.nhsNumber),
                new BlockingRule("PNC id", r -> r.pncId),
                new BlockingRule("UPN", r -> r.upn),
                new BlockingRule("other identifier", r -> r.otherId),
                new BlockingRule("phone", r -> r.phone),
                new BlockingRule("email", r -> r.email),
                new BlockingRule("email user name", r -> r.emailLocal == null || r.emailLocal.length() < 3 ? null
                        : r.emailLocal),
                new BlockingRule("email domain", r -> r.email == null || r.email.indexOf('@') < 0 ? null
                        : r.email.substring(r.email.indexOf('@') + 1)),
                new BlockingRule("forename (nickname-aware) + surname initial",
                        r -> r.forenameCanonical == null || r.surname == null ? null
                                : r.forenameCanonical + "|" + r.surname.charAt(0)));
    }

    /**
     * The rules whose pairs train the m probabilities: only those keyed on the person (names, date of birth,
     * identifiers). Pairs found through a shared address are mostly relatives, and expectation–maximisation
     * trained on them learns "same household" instead of "same person".
     */
    public static List<BlockingRule> training() {
        return standard().stream().filter(r -> !(r.name().contains("postcode") || r.name().contains("locality")
                || r.name().contains("street") || r.name().equals("phone"))).toList();
    }

    private static String unordered(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    /** Exact agreement rules that almost only true matches satisfy: they set the prior. */
    public static List<BlockingRule> deterministic() {
        return List.of(
                new BlockingRule("forename + surname + date of birth",
                        r -> r.forename == null || r.surname == null || r.dob == null ? null
                                : r.forename + "|" + r.surname + "|" + r.dob),
                new BlockingRule("NHS number", r -> r.nhsNumber),
                new BlockingRule("PNC id", r -> r.pncId),
                new BlockingRule("UPN", r -> r.upn));
    }
}
