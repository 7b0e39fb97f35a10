package haven.identity.linkage;

import haven.identity.linkage.compare.Comparison;
import haven.identity.linkage.compare.DateOfBirthComparison;
import haven.identity.linkage.compare.ForenameComparison;
import java.util.List;

/**
 * Twins share a surname, an address and a date of birth; a son may carry his father's name at the same address;
 * siblings are born a year apart. When the forename or the date of birth clearly differ, what the pair shares as a
 * household (surname, address, postcode, locality, phone) is explained by the family and is no evidence that the two
 * records are one person, so it counts for nothing. A shared identifier (NHS number, PNC id, UPN) overrides this.
 */
public final class FamilyRule {
    private FamilyRule() {
    }

    /**
     * True unless the forename agrees closely, the date of birth agrees, and both are recorded, or an identifier
     * agrees: otherwise what remains cannot tell a person from a relative in the same household, so a person must
     * decide. "Closely": exact, a nickname of the other, swapped with the surname or a near spelling. The date of
     * birth alone cannot rule a relative out, because twins share it: twins called Ava and Evie, or Alfie and Freddie
     * (two short forms of Alfred), agree on a date and on a forename that sounds alike, never closely. Brothers with
     * forenames that merely sound alike (Louie, Leo) born on one day two years apart are kept apart the same way.
     */
    public static boolean relativeNotRuledOut(List<Comparison> comparisons, int[] levels) {
        boolean forenameAgrees = false, dobAgrees = false, forenameClose = false;
        for (int c = 0; c < levels.length; c++) {
            Comparison comp = comparisons.get(c);
            int l = levels[c];
            if (l == Comparison.MISSING) {
                continue;
            }
            if ((comp.role() == Comparison.Role.IDENTIFIER || comp.role() == Comparison.Role.PERSONAL
                    && comp.name().equals("email")) && l == 0) {
                return false;
            }
            if (comp.role() == Comparison.Role.FORENAME && l != ForenameComparison.DIFFERENT
                    && l != ForenameComparison.INITIAL) {
                forenameAgrees = true;
                forenameClose = l == ForenameComparison.EXACT || l == ForenameComparison.NICKNAME
                        || l == ForenameComparison.SWAPPED || l == ForenameComparison.JW_92;
            }
            if (comp.role() == Comparison.Role.DATE_OF_BIRTH && !DateOfBirthComparison.clearlyDifferent(l)) {
                dobAgrees = true;
            }
        }
        return !(forenameAgrees && dobAgrees && forenameClose);
    }

    public static boolean householdExplainedByFamily(List<Comparison> comparisons, int[] levels) {
        boolean personalDisagreement = false;
        for (int c = 0; c < levels.length; c++) {
            Comparison comp = comparisons.get(c);
            int l = levels[c];
            if (l == Comparison.MISSING) {
                continue;
            }
            if (comp.role() == Comparison.Role.IDENTIFIER && l == 0) {
                return false;
            }
            if (comp.role() == Comparison.Role.FORENAME && l == ForenameComparison.DIFFERENT) {
                personalDisagreement = true;
            }
            if (comp.role() == Comparison.Role.DATE_OF_BIRTH && DateOfBirthComparison.clearlyDifferent(l)) {
                personalDisagreement = true;
            }
        }
        return personalDisagreement;
    }
}
