package haven.identity.linkage.compare;

import haven.identity.linkage.Nicknames;
import java.util.List;

/** The comparisons Haven's person model uses, in a fixed order. */
public final class StandardComparisons {
    private StandardComparisons() {
    }

    public static List<Comparison> all(Nicknames nicknames) {
        return List.of(
                new ForenameComparison(nicknames),
                new SurnameComparison(),
                new DateOfBirthComparison(),
                new SexComparison(),
                new PostcodeComparison(),
                new AddressComparison(),
                new TextComparison("locality", r -> r.locality, Comparison.Role.HOUSEHOLD),
                new IdentifierComparison("NHS number", r -> r.nhsNumber, Comparison.Role.IDENTIFIER, false),
                new IdentifierComparison("PNC id", r -> r.pncId, Comparison.Role.IDENTIFIER, false),
                new IdentifierComparison("UPN", r -> r.upn, Comparison.Role.IDENTIFIER, false),
                new IdentifierComparison("other identifier", r -> r.otherId, Comparison.Role.IDENTIFIER, true),
                new IdentifierComparison("phone", r -> r.phone, Comparison.Role.HOUSEHOLD, false),
                new EmailComparison());
    }
}
