package haven.identity.linkage;

import static haven.identity.linkage.Records.person;
import static haven.identity.linkage.Records.prepared;
import static org.assertj.core.api.Assertions.assertThat;

import haven.identity.linkage.compare.AddressComparison;
import haven.identity.linkage.compare.Comparison;
import haven.identity.linkage.compare.DateOfBirthComparison;
import haven.identity.linkage.compare.EmailComparison;
import haven.identity.linkage.compare.ForenameComparison;
import haven.identity.linkage.compare.IdentifierComparison;
import haven.identity.linkage.compare.PostcodeComparison;
import haven.identity.linkage.compare.SexComparison;
import haven.identity.linkage.compare.SurnameComparison;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    @Nested
    class Forenames {
        private final ForenameComparison forename = new ForenameComparison(Nicknames.ukTable());

        private int level(String a, String b) {
            return forename.level(person(a, "smith", null), person(b, "smith", null));
        }

        @Test
        void gradesForenamesFromExactToDifferent() {
            assertThat(level("William", "william ")).isEqualTo(ForenameComparison.EXACT);
            assertThat(level("Bill", "William")).isEqualTo(ForenameComparison.NICKNAME);
            assertThat(level("jonathon", "jonathan")).isEqualTo(ForenameComparison.JW_92);
            assertThat(level("ronan", "rohan")).isEqualTo(ForenameComparison.JW_80);
            assertThat(level("catherine", "kathryn")).isEqualTo(ForenameComparison.NICKNAME);
            assertThat(level("alfie", "freddie")).as("both short for Alfred, each a name in its own right")
                    .isEqualTo(ForenameComparison.SHORT_FORMS_OF_ONE_NAME);
            assertThat(level("jaiden", "jayden")).isEqualTo(ForenameComparison.PHONETIC);
            assertThat(level("w", "william")).isEqualTo(ForenameComparison.INITIAL);
            assertThat(level("oliver", "grace")).isEqualTo(ForenameComparison.DIFFERENT);
        }

        @Test
        void recognisesForenameAndSurnameSwapped() {
            assertThat(forename.level(person("smith", "john", null), person("john", "smith", null)))
                    .isEqualTo(ForenameComparison.SWAPPED);
        }

        @Test
        void recognisesNamesSwappedAndMistypedAsWell() {
            assertThat(forename.level(person("josshua", "tayolr", null), person("taylor", "joshua", null)))
                    .isEqualTo(ForenameComparison.SWAPPED);
            assertThat(new SurnameComparison().level(person("josshua", "tayolr", null),
                    person("taylor", "joshua", null))).as("counted once, by the forename").isEqualTo(Comparison.MISSING);
            assertThat(new SurnameComparison().noEvidence(person("josshua", "tayolr", null),
                    person("taylor", "joshua", null))).isEqualTo("names swapped: counted with the forename");
            assertThat(forename.level(person("oliver", "grace", null), person("taylor", "joshua", null)))
                    .isEqualTo(ForenameComparison.DIFFERENT);
        }

        @Test
        void givesNoEvidenceWhenEitherForenameIsMissing() {
            assertThat(level(null, "john")).isEqualTo(Comparison.MISSING);
        }
    }

    @Nested
    class Surnames {
        private final SurnameComparison surname = new SurnameComparison();

        private int level(String a, String b) {
            return surname.level(person("ann", a, null), person("ann", b, null));
        }

        @Test
        void matchesOnePartOfAHyphenatedOrDoubleBarrelledSurname() {
            assertThat(level("Smith-Jones", "jones")).isEqualTo(SurnameComparison.PART_OF_DOUBLE_BARRELLED);
            assertThat(level("smith", "Smith Jones")).isEqualTo(SurnameComparison.PART_OF_DOUBLE_BARRELLED);
        }

        @Test
        void gradesSpellingsAndSounds() {
            assertThat(level("O'Neill", "oneill")).isEqualTo(SurnameComparison.EXACT);
            assertThat(level("thompson", "thomson")).isEqualTo(SurnameComparison.JW_92);
            assertThat(level("smith", "smyth")).isEqualTo(SurnameComparison.PHONETIC);
            assertThat(level("smith", "patel")).isEqualTo(SurnameComparison.DIFFERENT);
        }
    }

    @Nested
    class DatesOfBirth {
        private final DateOfBirthComparison dob = new DateOfBirthComparison();

        private int level(String a, String b) {
            return dob.level(person("a", "b", a), person("a", "b", b));
        }

        @Test
        void readsTheCommonDateFormatsAlike() {
            assertThat(level("2012-03-04", "04/03/2012")).isEqualTo(DateOfBirthComparison.EXACT);
            assertThat(level("20120304", "2012-3-4")).isEqualTo(DateOfBirthComparison.EXACT);
        }

        @Test
        void recognisesDayAndMonthTransposed() {
            assertThat(level("2012-03-04", "2012-04-03")).isEqualTo(DateOfBirthComparison.DAY_MONTH_TRANSPOSED);
        }

        @Test
        void recognisesAYearOffByOneOrByTen() {
            assertThat(level("2012-05-20", "2013-05-20")).isEqualTo(DateOfBirthComparison.YEAR_OFF_BY_ONE_OR_TEN);
            assertThat(level("2012-05-20", "2002-05-20")).isEqualTo(DateOfBirthComparison.YEAR_OFF_BY_ONE_OR_TEN);
        }

        @Test
        void recognisesOnePartDifferentAndOneDigitMistyped() {
            assertThat(level("2012-05-20", "2012-07-20")).isEqualTo(DateOfBirthComparison.ONE_PART_DIFFERENT);
            assertThat(level("2012-05-20", "2017-05-20")).isEqualTo(DateOfBirthComparison.ONE_PART_DIFFERENT);
            assertThat(level("1980-05-29", "1908-05-29")).isEqualTo(DateOfBirthComparison.ONE_PART_DIFFERENT);
        }

        @Test
        void theSameBirthdayAGenerationApartIsTwoPeopleNotAMistypedYear() {
            assertThat(level("1987-12-25", "2009-12-25")).isEqualTo(DateOfBirthComparison.DIFFERENT);
            assertThat(level("1963-07-14", "1986-07-14")).isEqualTo(DateOfBirthComparison.DIFFERENT);
            assertThat(level("1963-07-14", "1983-07-14")).as("one digit apart stays a possible typing error")
                    .isEqualTo(DateOfBirthComparison.ONE_PART_DIFFERENT);
            assertThat(level("2012-05-20", "2020-05-20")).as("eight years: not yet a generation")
                    .isEqualTo(DateOfBirthComparison.ONE_PART_DIFFERENT);
        }

        @Test
        void gradesOtherDatesByHowFarApartTheyAre() {
            assertThat(level("2012-05-20", "2012-06-18")).isEqualTo(DateOfBirthComparison.WITHIN_A_MONTH);
            assertThat(level("1981-05-29", "1981-06-21")).isEqualTo(DateOfBirthComparison.WITHIN_A_MONTH);
            assertThat(level("2011-12-30", "2012-01-02")).isEqualTo(DateOfBirthComparison.WITHIN_A_MONTH);
            assertThat(level("2012-05-20", "2013-02-11")).isEqualTo(DateOfBirthComparison.WITHIN_A_YEAR);
            assertThat(level("2012-05-20", "2014-02-11")).isEqualTo(DateOfBirthComparison.DIFFERENT);
        }

        @Test
        void countsDatesWeeksOrMonthsApartAsClearlyDifferentForTheFamilyRule() {
            assertThat(DateOfBirthComparison.clearlyDifferent(level("2012-05-20", "2013-02-11"))).isTrue();
            assertThat(DateOfBirthComparison.clearlyDifferent(level("2012-05-20", "2012-06-18"))).isTrue();
            assertThat(DateOfBirthComparison.clearlyDifferent(level("2012-05-20", "2012-05-21"))).isFalse();
        }

        @Test
        void treatsAFatherAndSonsDatesAsDifferent() {
            assertThat(level("1975-02-11", "2008-09-30")).isEqualTo(DateOfBirthComparison.DIFFERENT);
        }

        @Test
        void givesNoEvidenceForAnUnreadableDate() {
            assertThat(level("unknown", "2008-09-30")).isEqualTo(Comparison.MISSING);
        }
    }

    @Test
    void comparesRecordedSexesAndIgnoresUnrecordedOnes() {
        SexComparison sex = new SexComparison();
        PreparedRecord m = prepared(LinkageRecord.builder("a").sex("male").build());
        PreparedRecord f = prepared(LinkageRecord.builder("b").sex("F").build());
        PreparedRecord unknown = prepared(LinkageRecord.builder("c").sex("not known").build());
        assertThat(sex.level(m, m)).isEqualTo(0);
        assertThat(sex.level(m, f)).isEqualTo(1);
        assertThat(sex.level(m, unknown)).isEqualTo(Comparison.MISSING);
    }

    @Test
    void gradesPostcodesByTypoAndDistrict() {
        PostcodeComparison postcode = new PostcodeComparison();
        PreparedRecord a = prepared(LinkageRecord.builder("a").postcode("LS6 2AB").build());
        assertThat(postcode.level(a, prepared(LinkageRecord.builder("b").postcode("ls62ab").build()))).isEqualTo(0);
        assertThat(postcode.level(a, prepared(LinkageRecord.builder("b").postcode("LS6 2AD").build()))).isEqualTo(1);
        assertThat(postcode.level(a, prepared(LinkageRecord.builder("b").postcode("LS6 9XY").build()))).isEqualTo(2);
        assertThat(postcode.level(a, prepared(LinkageRecord.builder("b").postcode("M1 1AA").build()))).isEqualTo(3);
    }

    @Test
    void gradesAddressesByTheShareOfWordsInCommonAllowingTypos() {
        AddressComparison address = new AddressComparison();
        PreparedRecord a = prepared(LinkageRecord.builder("a").address("12 Acacia Avenue, Headingley").build());
        assertThat(address.level(a, prepared(LinkageRecord.builder("b").address("12 acacia avenue headingly")
                .build()))).isEqualTo(0);
        assertThat(address.level(a, prepared(LinkageRecord.builder("b").address("12 Acacia Road").build())))
                .isEqualTo(1);
        assertThat(address.level(a, prepared(LinkageRecord.builder("b").address("3 Mill Lane, Headingley")
                .build()))).isEqualTo(2);
        assertThat(address.level(a, prepared(LinkageRecord.builder("b").address("3 Mill Lane").build())))
                .isEqualTo(3);
    }

    @Test
    void comparesIdentifiersWholeAndTreatsAnInvalidNhsNumberAsMissing() {
        IdentifierComparison nhs = new IdentifierComparison("NHS number", r -> r.nhsNumber,
                Comparison.Role.IDENTIFIER, false);
        PreparedRecord a = prepared(LinkageRecord.builder("a").nhsNumber("943 476 5919").build());
        PreparedRecord same = prepared(LinkageRecord.builder("b").nhsNumber("9434765919").build());
        PreparedRecord invalid = prepared(LinkageRecord.builder("c").nhsNumber("9434765918").build());
        PreparedRecord other = prepared(LinkageRecord.builder("d").nhsNumber("4010232137").build());
        assertThat(nhs.level(a, same)).isEqualTo(0);
        assertThat(nhs.level(a, invalid)).isEqualTo(Comparison.MISSING);
        assertThat(nhs.level(a, other)).isEqualTo(1);
    }

    @Test
    void comparesPncIdsUpnsAndPhonesNormalised() {
        IdentifierComparison pnc = new IdentifierComparison("PNC id", r -> r.pncId, Comparison.Role.IDENTIFIER,
                false);
        IdentifierComparison phone = new IdentifierComparison("phone", r -> r.phone, Comparison.Role.HOUSEHOLD,
                false);
        PreparedRecord a = prepared(LinkageRecord.builder("a").pncId("2001/0012345X").phone("+44 113 496 0000")
                .build());
        PreparedRecord b = prepared(LinkageRecord.builder("b").pncId("20010012345x").phone("0113 4960000").build());
        assertThat(pnc.level(a, b)).isEqualTo(0);
        assertThat(phone.level(a, b)).isEqualTo(0);
    }

    @Test
    void gradesEmailsByAddressThenUserName() {
        EmailComparison email = new EmailComparison();
        PreparedRecord a = prepared(LinkageRecord.builder("a").email("Grace.Kelly52@jones.com").build());
        assertThat(email.level(a, prepared(LinkageRecord.builder("b").email("grace.kelly52@jones.com").build())))
                .isEqualTo(0);
        assertThat(email.level(a, prepared(LinkageRecord.builder("b").email("grace.kelly52@gmail.com").build())))
                .isEqualTo(1);
        assertThat(email.level(a, prepared(LinkageRecord.builder("b").email("grace.kelly25@jones.com").build())))
                .isEqualTo(2);
        assertThat(email.level(a, prepared(LinkageRecord.builder("b").email("bob@example.org").build())))
                .isEqualTo(3);
    }
}
