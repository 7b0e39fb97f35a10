package haven.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import haven.access.Users;
import haven.casefile.CaseFiles;
import haven.casefile.Opened;
import haven.flags.FlagDraft;
import haven.flags.FlagType;
import haven.flags.Flags;
import haven.identity.Linkage;
import haven.identity.People;
import haven.support.Api;
import haven.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * As a practitioner would meet it: after two persons are merged, the warning raised against the
 * one whose records moved shows on the person they are now part of, the old person's address
 * leads there, and a split takes the warning back with the records (issue 6).
 */
class MergedPersonFollowedIntegrationTest extends IntegrationTest {
    @Autowired
    People people;
    @Autowired
    Linkage linkage;
    @Autowired
    Users users;
    @Autowired
    Flags flags;
    @Autowired
    CaseFiles caseFiles;

    @Test
    void aFlagOnAMergedPersonShowsOnTheSurvivorAndLeavesWithTheSplit() {
        var pair = MergedPair.create(people, linkage, users, jdbc);
        long agency = users.agency("LA-ASH").orElseThrow().id();
        flags.raise(new FlagDraft(pair.from(), null, FlagType.MISSING_RISK, "Went missing twice in a month", agency,
                "MASH duty line", LocalDate.of(2027, 6, 1), null, false), "test");
        var officer = users.byUsername("police.officer").orElseThrow();

        var opened = caseFiles.open(officer, pair.into(), "Checking a child reported missing tonight", "web", null);
        assertThat(((Opened.Shown) opened).file().flags()).extracting(f -> f.type()).contains("MISSING_RISK");
        assertThat(caseFiles.open(officer, pair.from(), null, "web", null))
                .isEqualTo(new Opened.Merged(pair.from(), pair.into()));

        assertThat(people.summaries(java.util.List.of(pair.from()))).singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo(pair.from()))
                .satisfies(m -> assertThat(m.records()).as("the survivor's records answer for the merged person").isEqualTo(2));

        var api = Api.asUser(port, "police.officer").get("/api/v1/people/" + pair.from(), "X-Haven-Reason",
                "Checking a child reported missing tonight");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"mergedInto\":" + pair.into());

        linkage.split(pair.mergeId(), "hub.worker", "Different mothers are named: these are cousins");
        var afterSplit = caseFiles.open(officer, pair.into(), "Checking a child reported missing tonight", "web", null);
        assertThat(((Opened.Shown) afterSplit).file().flags()).extracting(f -> f.type()).doesNotContain("MISSING_RISK");
    }
}
