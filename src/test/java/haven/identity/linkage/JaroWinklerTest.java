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
}
