package haven.custody.rules;

import haven.custody.ArrestKind;
import haven.custody.Sex;
import haven.custody.TransferGround;
import haven.platform.rules.Verdict;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A child in custody as the custody tests need one. */
final class Fixtures {

    static final Instant ARRIVED = Instant.parse("2025-06-02T09:00:00Z");
    static final Instant NOW = Instant.parse("2025-06-02T20:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final long RECORD = 301L;

    private Fixtures() {
    }

    static CustodyFacts boy15() {
        return new CustodyFacts(RECORD, Sex.MALE, 15, ArrestKind.OFFENCE, true, true, ARRIVED,
                ARRIVED.plusSeconds(900), null, 0, 24, false, null, false);
    }

    static CustodyFacts withAge(CustodyFacts f, int age) {
        return new CustodyFacts(f.recordId(), f.sex(), age, f.arrestKind(), f.indictableOffence(),
                f.violentOrSexualOffence(), f.arrivedAt(), f.detentionAuthorisedAt(), f.aaArrivedAt(), f.reviewsDone(),
                f.detentionLimitHours(), f.chargedAndBailRefused(), f.transferGround(), f.closed());
    }

    static CustodyFacts girl14() {
        return new CustodyFacts(RECORD, Sex.FEMALE, 14, ArrestKind.OFFENCE, false, false, ARRIVED,
                ARRIVED.plusSeconds(900), null, 0, 24, false, null, false);
    }

    static CustodyFacts nonViolent(CustodyFacts f) {
        return new CustodyFacts(f.recordId(), f.sex(), f.age(), f.arrestKind(), f.indictableOffence(), false,
                f.arrivedAt(), f.detentionAuthorisedAt(), f.aaArrivedAt(), f.reviewsDone(), f.detentionLimitHours(),
                f.chargedAndBailRefused(), f.transferGround(), f.closed());
    }

    static CustodyFacts arrestedFor(ArrestKind kind) {
        CustodyFacts f = boy15();
        return new CustodyFacts(f.recordId(), f.sex(), f.age(), kind, false, false, f.arrivedAt(),
                f.detentionAuthorisedAt(), null, 0, 24, false, null, false);
    }

    static CustodyFacts withAaArrived(CustodyFacts f, Instant at) {
        return new CustodyFacts(f.recordId(), f.sex(), f.age(), f.arrestKind(), f.indictableOffence(),
                f.violentOrSexualOffence(), f.arrivedAt(), f.detentionAuthorisedAt(), at, f.reviewsDone(),
                f.detentionLimitHours(), f.chargedAndBailRefused(), f.transferGround(), f.closed());
    }

    static CustodyFacts withReviews(CustodyFacts f, int reviews) {
        return new CustodyFacts(f.recordId(), f.sex(), f.age(), f.arrestKind(), f.indictableOffence(),
                f.violentOrSexualOffence(), f.arrivedAt(), f.detentionAuthorisedAt(), f.aaArrivedAt(), reviews,
                f.detentionLimitHours(), f.chargedAndBailRefused(), f.transferGround(), f.closed());
    }

    static CustodyFacts chargedWith(CustodyFacts f, TransferGround ground) {
        return new CustodyFacts(f.recordId(), f.sex(), f.age(), f.arrestKind(), f.indictableOffence(),
                f.violentOrSexualOffence(), f.arrivedAt(), f.detentionAuthorisedAt(), f.aaArrivedAt(), f.reviewsDone(),
                f.detentionLimitHours(), true, ground, f.closed());
    }

    static String rule(Verdict v) {
        return v instanceof Verdict.Refused r ? r.rule() : "allowed";
    }

    static String field(Verdict v) {
        return v instanceof Verdict.Refused r ? r.field() : "allowed";
    }
}
