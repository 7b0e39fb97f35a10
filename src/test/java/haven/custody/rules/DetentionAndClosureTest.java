package haven.custody.rules;

import haven.custody.ArrestKind;
import haven.custody.BookInChild;
import haven.custody.CloseCustodyRecord;
import haven.custody.CustodyOutcome;
import haven.custody.LocalAuthorityAnswer;
import haven.custody.Rank;
import haven.custody.RecordDetentionExtension;
import haven.custody.RecordDetentionExtension.ExtensionKind;
import haven.custody.RecordLocalAuthorityRequest;
import haven.custody.RecordReview;
import haven.custody.RecordYouthAssessment;
import haven.custody.Sex;
import haven.custody.TransferGround;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static haven.custody.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class DetentionAndClosureTest {

    @Test
    void treatsSomeoneWhoAppearsUnder18AsAJuvenileWithoutClearEvidence() { // C-01
        assertThat(JuvenilePolicy.treatAsJuvenile(LocalDate.of(2000, 1, 1), false, 16, NOW)).isTrue();
        assertThat(JuvenilePolicy.treatAsJuvenile(LocalDate.of(2000, 1, 1), true, 16, NOW)).isFalse();
        assertThat(JuvenilePolicy.treatAsJuvenile(null, false, 19, NOW)).isFalse();
        assertThat(JuvenilePolicy.treatAsJuvenile(LocalDate.of(2010, 3, 1), false, null, NOW)).isTrue();
    }

    @Test
    void booksInAFifteenYearOldAndRefusesAnAdultWithClearEvidence() { // C-01
        BookingPolicy p = new BookingPolicy(CLOCK);
        BookInChild child = new BookInChild(42L, "Newport Central", Sex.MALE, LocalDate.of(2010, 2, 1),
                null, true, ArrestKind.OFFENCE, "Robbery", true, true, ARRIVED, ARRIVED.plusSeconds(600), "PS 1");
        assertThat(p.check(child).allowed()).isTrue();
        BookInChild adult = new BookInChild(42L, "Newport Central", Sex.MALE, LocalDate.of(2001, 2, 1),
                null, true, ArrestKind.OFFENCE, "Robbery", true, true, ARRIVED, ARRIVED.plusSeconds(600), "PS 1");
        assertThat(rule(p.check(adult))).isEqualTo("C-01");
    }

    @Test
    void refusesDetentionAuthorisedBeforeArrival() { // PACE-05, C-06
        BookInChild c = new BookInChild(42L, "Newport Central", Sex.MALE, null, 15, false,
                ArrestKind.OFFENCE, "Theft", false, false, ARRIVED, ARRIVED.minusSeconds(60), "PS 1");
        assertThat(field(new BookingPolicy(CLOCK).check(c))).isEqualTo("detentionAuthorisedAt");
    }

    @Test
    void refusesAReviewBySomeoneBelowInspector() { // PACE-05
        ReviewPolicy p = new ReviewPolicy(CLOCK);
        assertThat(field(p.check(boy15(), new RecordReview(RECORD, NOW, "PS 1", Rank.SERGEANT, false, "necessary"))))
                .isEqualTo("rank");
        assertThat(p.check(boy15(), new RecordReview(RECORD, NOW, "Insp 2", Rank.INSPECTOR, false, "evidence"))
                .allowed()).isTrue();
        assertThat(field(p.check(boy15(), new RecordReview(RECORD, NOW, "Insp 2", Rank.INSPECTOR, true, ""))))
                .isEqualTo("reasons");
    }

    @Test
    void refusesASuperintendentsExtensionBeforeTheSecondReview() { // PACE-06
        ExtensionPolicy p = new ExtensionPolicy(CLOCK);
        RecordDetentionExtension ext = new RecordDetentionExtension(RECORD, ExtensionKind.SUPERINTENDENT, NOW,
                "Supt 4", Rank.SUPERINTENDENT, 36, "further interview needed");
        Instant limit = NOW.plusSeconds(3600 * 4);
        assertThat(field(p.check(withReviews(boy15(), 1), ext, limit))).isEqualTo("authorisedAt");
        assertThat(p.check(withReviews(boy15(), 2), ext, limit).allowed()).isTrue();
    }

    @Test
    void refusesAnExtensionForANonIndictableOffenceOrBeyond36Hours() { // PACE-06
        ExtensionPolicy p = new ExtensionPolicy(CLOCK);
        CustodyFacts summary = new CustodyFacts(RECORD, Sex.MALE, 15, ArrestKind.OFFENCE, false, false, ARRIVED,
                ARRIVED, null, 2, 24, false, null, false);
        RecordDetentionExtension ext = new RecordDetentionExtension(RECORD, ExtensionKind.SUPERINTENDENT, NOW,
                "Supt 4", Rank.SUPERINTENDENT, 36, "x");
        assertThat(field(p.check(summary, ext, null))).isEqualTo("kind");
        RecordDetentionExtension tooLong = new RecordDetentionExtension(RECORD, ExtensionKind.SUPERINTENDENT, NOW,
                "Supt 4", Rank.SUPERINTENDENT, 48, "x");
        assertThat(field(p.check(withReviews(boy15(), 2), tooLong, null))).isEqualTo("extendsToHours");
        RecordDetentionExtension warrant = new RecordDetentionExtension(RECORD,
                ExtensionKind.WARRANT_OF_FURTHER_DETENTION, NOW, "Newport magistrates", null, 97, "x");
        assertThat(field(p.check(withReviews(boy15(), 2), warrant, null))).isEqualTo("extendsToHours");
    }

    @Test
    void refusesAnExtensionAfterTheLimitHasExpired() { // PACE-06
        RecordDetentionExtension ext = new RecordDetentionExtension(RECORD, ExtensionKind.SUPERINTENDENT, NOW,
                "Supt 4", Rank.SUPERINTENDENT, 36, "x");
        assertThat(field(new ExtensionPolicy(CLOCK).check(withReviews(boy15(), 2), ext, NOW.minusSeconds(1))))
                .isEqualTo("authorisedAt");
    }

    @Test
    void warnsWhenABailBreachArrestIsPlannedForTheEvening() { // PACE-11
        CustodyClocks clocks = new CustodyClocks(haven.clocks.Rules.standard());
        Instant evening = Instant.parse("2025-06-02T17:30:00Z"); // 18:30 BST
        assertThat(clocks.breachArrestWarning(evening, haven.clocks.Jurisdiction.WALES))
                .hasValueSatisfying(w -> assertThat(w).startsWith("PACE-11").contains("night in a cell"));
        assertThat(clocks.breachArrestWarning(Instant.parse("2025-06-02T08:00:00Z"), haven.clocks.Jurisdiction.WALES))
                .isEmpty();
    }

    @Test
    void refusesASecureRequestWhenTheChildShouldGoToNonSecureAccommodation() { // PACE-10
        LocalAuthorityRequestPolicy p = new LocalAuthorityRequestPolicy(CLOCK);
        RecordLocalAuthorityRequest secure = new RecordLocalAuthorityRequest(RECORD, "Newport", true, NOW, null, null,
                "PS 1");
        assertThat(rule(p.check(chargedWith(boy15(), TransferGround.TRANSFER), secure))).isEqualTo("PACE-10");
        RecordLocalAuthorityRequest nonSecure = new RecordLocalAuthorityRequest(RECORD, "Newport", false, NOW, NOW,
                LocalAuthorityAnswer.NON_SECURE_OFFERED, "PS 1");
        assertThat(p.check(chargedWith(boy15(), TransferGround.TRANSFER), nonSecure).allowed()).isTrue();
    }

    @Test
    void escalatesWhenTheLocalAuthorityRefusesNonSecureAccommodation() { // PACE-10
        assertThat(LocalAuthorityRequestPolicy.escalation(false, LocalAuthorityAnswer.REFUSED))
                .hasValueSatisfying(w -> assertThat(w).startsWith("PACE-10").contains("senior manager"));
        assertThat(LocalAuthorityRequestPolicy.escalation(false, LocalAuthorityAnswer.NON_SECURE_OFFERED)).isEmpty();
    }

    @Test
    void refusesToCloseARecordWithoutAReferralOrAReason() {
        ClosurePolicy p = new ClosurePolicy(CLOCK);
        CloseCustodyRecord none = new CloseCustodyRecord(RECORD, NOW, "PS 1", CustodyOutcome.BAILED, null, null, " ");
        assertThat(field(p.check(boy15(), none))).isEqualTo("referralReference");
        CloseCustodyRecord referred = new CloseCustodyRecord(RECORD, NOW, "PS 1", CustodyOutcome.BAILED, "PPN-1",
                NOW.minusSeconds(60), null);
        assertThat(p.check(boy15(), referred).allowed()).isTrue();
        CloseCustodyRecord reason = new CloseCustodyRecord(RECORD, NOW, "PS 1", CustodyOutcome.BAILED, null, null,
                "open to children's services: social worker present as AA and informed");
        assertThat(p.check(boy15(), reason).allowed()).isTrue();
    }

    @Test
    void refusesATransferOutcomeWithoutAChargeAndRefusalOfBail() { // PACE-07
        CloseCustodyRecord c = new CloseCustodyRecord(RECORD, NOW, "PS 1", CustodyOutcome.TRANSFERRED_TO_LOCAL_AUTHORITY,
                "PPN-1", NOW, null);
        assertThat(field(new ClosurePolicy(CLOCK).check(boy15(), c))).isEqualTo("outcome");
    }

    @Test
    void requiresFindingsOnTheRecordWhenTheYouthAssessmentIsDone() {
        YouthAssessmentPolicy p = new YouthAssessmentPolicy(CLOCK);
        Instant asked = ARRIVED.plusSeconds(1200);
        assertThat(p.check(boy15(), new RecordYouthAssessment(RECORD, asked, null, null, null, false, "PS 1")).allowed())
                .isTrue();
        assertThat(field(p.check(boy15(), new RecordYouthAssessment(RECORD, asked, asked.plusSeconds(3600), "Nurse K",
                "", false, "PS 1")))).isEqualTo("findings");
    }
}
