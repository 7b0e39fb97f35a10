package haven.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import haven.referrals.Dashboard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void drawsOneBarPerWeekWithTheNoFurtherActionShareAndNoScriptOrInlineStyle() {
        var weeks = List.of(new Dashboard.Week(LocalDate.of(2026, 11, 16), 10, 8, 4, 1),
                new Dashboard.Week(LocalDate.of(2026, 11, 23), 5, 2, 0, 0));
        String svg = Charts.weekly(weeks);
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("10 sent in the week of 16 Nov").contains("4 ended in no further action")
                .doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void escapesGroupNamesInTheShareChart() {
        String svg = Charts.shares("t", "NFA <share>", List.of(new Dashboard.Share("Team <A> & \"B\"", 4, 1, 5)));
        assertThat(svg).contains("Team &lt;A&gt; &amp; &quot;B&quot;").contains("25%").contains("NFA &lt;share&gt;")
                .doesNotContain("<A>");
    }
}
