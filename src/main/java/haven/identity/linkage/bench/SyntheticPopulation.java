package haven.identity.linkage.bench;

import haven.identity.linkage.NhsNumber;
import haven.identity.linkage.LinkageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic population for the scale run: households of adults and children (with twins, sons named after their
 * fathers and siblings a year apart), each person recorded by one to three agencies with realistic errors —
 * typing mistakes, nicknames, transposed dates, missing values, moves. Deterministic for a seed.
 */
public final class SyntheticPopulation {
    private static final haven.identity.linkage.Nicknames NICKNAMES = haven.identity.linkage.Nicknames.ukTable();
    private static final String[] MALE = ("oliver george harry jack jacob noah charlie muhammad thomas oscar william "
            + "james leo alfie henry joshua freddie archie ethan isaac alexander joseph edward samuel max daniel "
            + "arthur lucas mohammed logan theo harrison benjamin mason sebastian finley adam dylan zachary riley "
            + "teddy theodore david toby jake louie elijah reuben arlo hugo luca jaxon matthew harvey reggie "
            + "michael tommy jenson frankie ronnie jude mohammad liam ryan kai callum tyler aaron connor kieran "
            + "lewis nathan jordan robert richard peter paul stephen christopher andrew anthony mark kevin gary")
            .split(" ");
    private static final String[] FEMALE = ("olivia amelia isla ava emily sophia grace mia poppy ella lily evie "
            + "isabella sophie ivy freya harper willow charlotte jessica rosie daisy alice florence millie "
            + "eleanor sienna matilda elsie phoebe evelyn ruby esme ellie maisie scarlett chloe sofia isabelle "
            + "erin imogen layla hannah lucy emma holly bethany georgia megan lauren abigail katie amy leah "
            + "jasmine rebecca natalie samantha elizabeth margaret sarah victoria rachel laura jennifer michelle "
            + "kelly stephanie nicola louise claire donna joanne helen susan karen julie tracey amanda catherine")
            .split(" ");
    private static final String[] SURNAMES = ("smith jones williams taylor brown davies evans wilson thomas johnson "
            + "roberts robinson thompson wright walker white edwards hughes green hall lewis harris clarke patel "
            + "jackson wood turner martin cooper hill ward morris moore clark lee king baker harrison morgan allen "
            + "james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter "
            + "richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis "
            + "adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell "
            + "matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins "
            + "murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott "
            + "reynolds saunders payne fox ford pearce day brooks west lawrence cole atkinson bradley spencer").split(" ");
    private static final String[] SYLLABLES = ("ab ac ad al an ar ash bar ber bly bran brook bur by cal car "
            + "cham chester cot craw dale den don dun el er fair far ford gar gil ham har hay hen holt ing ken "
            + "kin lan ley low mar mer mont mor nor ock ol per pem rad ram ren rid ros sal sel shaw stan ston sut "
            + "tal ter thorn ton trev vick wal war wat well wick win wood worth yar").split(" ");
    private static final String[] TOWNS = ("london birmingham manchester leeds liverpool sheffield bristol "
            + "newcastle nottingham leicester coventry bradford hull stoke wolverhampton derby swansea southampton "
            + "salford portsmouth plymouth reading luton preston blackpool bolton norwich oxford cambridge exeter "
            + "york cardiff middlesbrough sunderland ipswich gloucester").split(" ");
    private static final String[] STREET_TYPES = "road street lane close avenue drive way crescent grove place".split(" ");
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUWY";

    private final SplittableRandom random;
    private final List<LinkageRecord> records = new ArrayList<>();
    private final List<Integer> persons = new ArrayList<>();
    private final List<String> households = new ArrayList<>();
    private int personCount;
    private int householdCount;

    private SyntheticPopulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static LabelledDataset generate(int wanted, long seed) {
        SyntheticPopulation p = new SyntheticPopulation(seed);
        while (p.records.size() < wanted) {
            p.household();
        }
        int n = wanted;
        int[] truth = new int[n];
        String[] household = new String[n];
        for (int i = 0; i < n; i++) {
            truth[i] = p.persons.get(i);
            household[i] = p.households.get(i);
        }
        return new LabelledDataset("synthetic " + n, List.copyOf(p.records.subList(0, n)), truth, household, false);
    }

    private record Person(String forename, String surname, String sex, int year, int month, int day, String nhs,
                          String pnc, String upn, String email) {
    }

    private record Home(String number, String street, String town, String postcode, String phone) {
    }

    private void household() {
        String hid = "h" + householdCount++;
        String surname = surname();
        Home home = home();
        List<Person> people = new ArrayList<>();
        int adults = 1 + random.nextInt(2);
        int fatherYear = 1960 + random.nextInt(40);
        Person father = person(pick(MALE), surname, "M", fatherYear, true);
        people.add(father);
        if (adults == 2) {
            people.add(person(pick(FEMALE), random.nextInt(10) < 8 ? surname : surname(), "F",
                    fatherYear + random.nextInt(7) - 3, true));
        }
        int children = random.nextInt(5);
        int childYear = Math.min(2024, fatherYear + 20 + random.nextInt(15));
        // Brothers and sisters never share a forename (nor one name's full and short forms, Eleanor and Ella) and,
        // twins apart, are born at least a year apart: a family that is not like this is not one a model should be
        // asked to tell from a typing error. (Until 30 November 2026 the birth years were capped at 2024, which put
        // later siblings in one year, and forenames could repeat.)
        java.util.Set<String> childNames = new java.util.HashSet<>();
        for (int c = 0; c < children && childYear <= 2024; c++) {
            int roll = random.nextInt(100);
            String sex = random.nextBoolean() ? "M" : "F";
            if (c == 0 && roll < 6) {
                // twins: one date of birth, one surname, one address
                Person a = person(name(sex), surname, sex, childYear, false);
                String sex2 = random.nextBoolean() ? "M" : "F";
                people.add(a);
                Person b = new Person(distinctName(sex2, a.forename()), surname, sex2, a.year(), a.month(), a.day(),
                        nhs(), null, upn(), null);
                people.add(b);
                childNames.add(a.forename());
                childNames.add(b.forename());
                c++;
            } else if (c == 0 && roll < 10 && sex.equals("M")) {
                // a son named after his father
                people.add(person(father.forename(), surname, "M", childYear, false));
                childNames.add(father.forename());
            } else {
                String forename;
                do {
                    forename = name(sex);
                } while (oneNameWith(forename, childNames));
                childNames.add(forename);
                people.add(person(forename, surname, sex, childYear, false));
            }
            childYear += 1 + (random.nextInt(3) == 0 ? 0 : random.nextInt(3));
        }
        for (Person person : people) {
            int id = personCount++;
            int copies = 1 + random.nextInt(3);
            for (int k = 0; k < copies; k++) {
                records.add(record(person, home, id, k));
                persons.add(id);
                households.add(hid);
            }
        }
    }

    private Person person(String forename, String surname, String sex, int year, boolean adult) {
        return new Person(forename, surname, sex, year, 1 + random.nextInt(12), 1 + random.nextInt(28), nhs(),
                adult && random.nextInt(10) == 0 ? "PNC" + random.nextInt(1_000_000_000) : null,
                adult ? null : upn(),
                adult && random.nextBoolean() ? forename + "." + surname + random.nextInt(100) + "@example.org" : null);
    }

    private LinkageRecord record(Person p, Home home, int personId, int copy) {
        LinkageRecord.Builder b = LinkageRecord.builder("p" + personId + "-" + copy).source("agency-" + copy);
        b.forename(chance(3) ? null : forename(p.forename()));
        b.surname(chance(2) ? null : chance(5) ? typo(p.surname()) : chance(2) ? p.surname() + "-" + surname()
                : p.surname());
        b.dateOfBirth(chance(3) ? null : dob(p));
        b.sex(chance(5) ? null : p.sex());
        Home h = chance(10) ? home() : home;
        b.postcode(chance(10) ? null : chance(3) ? typo(h.postcode()) : h.postcode());
        b.address(chance(10) ? null : h.number() + " " + (chance(5) ? typo(h.street()) : h.street()));
        b.locality(chance(20) ? null : h.town());
        b.nhsNumber(random.nextBoolean() ? (chance(2) ? typo(p.nhs()) : p.nhs()) : null);
        b.pncId(p.pnc() != null && random.nextBoolean() ? p.pnc() : null);
        b.upn(p.upn() != null && random.nextBoolean() ? p.upn() : null);
        b.phone(h.phone() != null && random.nextBoolean() ? h.phone() : null);
        b.email(p.email() != null && random.nextBoolean() ? p.email() : null);
        return b.build();
    }

    private String forename(String name) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return typo(name);
        }
        if (roll < 8) {
            return name.substring(0, 1);
        }
        if (roll < 14) {
            return switch (name) {
                case "william" -> "bill";
                case "robert" -> "bob";
                case "elizabeth" -> "liz";
                case "margaret" -> "maggie";
                case "thomas" -> "tom";
                case "alexander" -> "alex";
                case "jessica" -> "jess";
                case "samuel" -> "sam";
                case "daniel" -> "danny";
                case "rebecca" -> "becky";
                default -> name;
            };
        }
        return name;
    }

    private String dob(Person p) {
        int y = p.year(), m = p.month(), d = p.day();
        int roll = random.nextInt(100);
        if (roll < 3 && d <= 12) {
            int t = m;
            m = d;
            d = t;
        } else if (roll < 5) {
            y += random.nextBoolean() ? 1 : -1;
        } else if (roll < 7) {
            d = Math.max(1, Math.min(28, d + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(9))));
        }
        return String.format("%04d-%02d-%02d", y, m, d);
    }

    private String name(String sex) {
        return pick(sex.equals("M") ? MALE : FEMALE);
    }

    private String distinctName(String sex, String other) {
        String n;
        do {
            n = name(sex);
        } while (n.equals(other) || n.charAt(0) == other.charAt(0) || NICKNAMES.oneIsAFormOfTheOther(n, other));
        return n;
    }

    /** True when the name is one of these names or a full or short form of one (Ella beside Eleanor). */
    private static boolean oneNameWith(String name, java.util.Set<String> names) {
        for (String other : names) {
            if (other.equals(name) || NICKNAMES.oneIsAFormOfTheOther(name, other)) {
                return true;
            }
        }
        return false;
    }

    private String surname() {
        if (random.nextInt(10) < 4) {
            return pick(SYLLABLES) + pick(SYLLABLES) + (random.nextBoolean() ? pick(SYLLABLES) : "");
        }
        // a skewed draw, so that a few surnames are very common
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * SURNAMES.length);
        return SURNAMES[i];
    }

    private Home home() {
        String town = pick(TOWNS);
        String outward = "" + LETTERS.charAt(town.hashCode() & 15) + LETTERS.charAt((town.hashCode() >>> 4) & 15)
                + (1 + random.nextInt(30));
        String postcode = outward + " " + random.nextInt(10) + LETTERS.charAt(random.nextInt(LETTERS.length()))
                + LETTERS.charAt(random.nextInt(LETTERS.length()));
        String street = pick(SYLLABLES) + pick(SYLLABLES) + " " + pick(STREET_TYPES);
        String phone = random.nextBoolean() ? "01" + (100_000_000 + random.nextInt(899_999_999)) : null;
        return new Home("" + (1 + random.nextInt(200)), street, town, postcode, phone);
    }

    private String nhs() {
        String n;
        do {
            n = NhsNumber.withCheckDigit(String.format("%09d", 400_000_000 + random.nextInt(500_000_000)));
        } while (n == null);
        return n;
    }

    private String upn() {
        return random.nextBoolean() ? "" + LETTERS.charAt(random.nextInt(LETTERS.length()))
                + String.format("%012d", Math.abs(random.nextLong()) % 1_000_000_000_000L) : null;
    }

    private String typo(String s) {
        if (s.length() < 2) {
            return s;
        }
        char[] c = s.toCharArray();
        int i = random.nextInt(c.length - 1);
        if (random.nextBoolean()) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        } else {
            c[i] = Character.isDigit(c[i]) ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26));
        }
        return new String(c);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
