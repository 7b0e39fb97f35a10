package haven.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void agreesWithCommonsTextOnNamesWithTyposAndTranspositions() {
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        String[][] pairs = {{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"},
                {"jones", "johnson"}, {"smith", "smyth"}, {"catherine", "kathryn"}, {"a", "b"}, {"abc", "abc"}};
        for (String[] p : pairs) {
            assertThat(JaroWinkler.similarity(p[0], p[1])).as(p[0] + "/" + p[1])
                    .isCloseTo(reference.apply(p[0], p[1]), within(1e-9));
        }
    }

    @Test
    void theQuickBoundNeverHidesASimilarityAtOrAboveTheFloor() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String letters = "aeilnorstuy";
        for (int n = 0; n < 20_000; n++) {
            String x = word(random, letters), y = word(random, letters);
            double full = JaroWinkler.similarity(x, y);
            for (double floor : new double[] {0.8, 0.88, 0.92}) {
                double quick = JaroWinkler.similarityAtLeast(x, y, floor);
                assertThat(quick >= floor).as(x + "/" + y + " at " + floor).isEqualTo(full >= floor);
            }
        }
        assertThat(JaroWinkler.similarityAtLeast("michaela", "courtney", 0.8)).isZero();
    }

    private static String word(java.util.SplittableRandom random, String letters) {
        StringBuilder b = new StringBuilder();
        int length = 2 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
