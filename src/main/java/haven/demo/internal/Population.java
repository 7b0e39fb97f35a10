package haven.demo.internal;

import haven.identity.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes fictional households for the demo area from a seed: the same seed always gives
 * the same people. No one in it is a real person.
 */
final class Population {

    /** A fictional resident as they really are (agencies then record them imperfectly). */
    record Resident(long key, String given, String family, LocalDate dob, Sex sex, String nhs, boolean child) {
        @Override
        public String toString() {
            return "Resident[" + key + "]";
        }
    }

    /** A household at one address in one local authority; {@code known} households have social-care involvement. */
    record Household(long key, int authority, String address, String town, String postcode, String previousAddress,
                     String previousPostcode, List<Resident> adults, List<Resident> children, boolean known) {
    }

    static final List<String> TOWNS = List.of("Ashvale", "Brackenford", "Carrowby", "Dunholm", "Eskmere");

    private final Random random;
    private final LocalDate today;
    private long nextKey = 1;

    Population(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    Random random() {
        return random;
    }

    Household household(long key, double knownShare) {
        int authority = random.nextInt(5);
        String family = pick(Names.SURNAMES);
        var adults = new ArrayList<Resident>();
        int adultCount = random.nextDouble() < 0.35 ? 1 : 2;
        boolean motherFirst = random.nextBoolean();
        for (int i = 0; i < adultCount; i++) {
            Sex sex = (i == 0) == motherFirst ? Sex.FEMALE : Sex.MALE;
            String surname = i == 1 && random.nextDouble() < 0.3 ? pick(Names.SURNAMES) : family;
            adults.add(resident(sex, surname, today.minusYears(22 + random.nextInt(30)).minusDays(random.nextInt(365)), false));
        }
        var children = new ArrayList<Resident>();
        int childCount = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(4);
        LocalDate lastBirth = null;
        for (int i = 0; i < childCount; i++) {
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            LocalDate dob;
            if (lastBirth != null && random.nextDouble() < 0.06) {
                dob = lastBirth; // twins: same date of birth, surname and address
            } else {
                dob = today.minusYears(random.nextInt(18)).minusDays(random.nextInt(365));
            }
            lastBirth = dob;
            children.add(resident(sex, family, dob, true));
        }
        if (childCount > 0 && random.nextDouble() < 0.04 && adults.size() > 1) {
            // a son who carries his father's given name at the same address
            var father = adults.stream().filter(a -> a.sex() == Sex.MALE).findFirst().orElse(null);
            if (father != null) {
                var c = children.get(0);
                children.set(0, new Resident(c.key(), father.given(), father.family(), c.dob(), Sex.MALE, c.nhs(), true));
            }
        }
        String street = pick(Names.STREETS);
        String address = (1 + random.nextInt(180)) + " " + street;
        String postcode = postcode(authority);
        boolean moved = random.nextDouble() < 0.2;
        return new Household(key, authority, address, TOWNS.get(authority), postcode,
                moved ? (1 + random.nextInt(180)) + " " + pick(Names.STREETS) : null, moved ? postcode(authority) : null,
                adults, children, random.nextDouble() < knownShare && childCount > 0);
    }

    Resident resident(Sex sex, String family, LocalDate dob, boolean child) {
        String given = sex == Sex.FEMALE ? pick(Names.GIRLS) : pick(Names.BOYS);
        if (random.nextDouble() < 0.25) {
            given = given + " " + (sex == Sex.FEMALE ? pick(Names.GIRLS) : pick(Names.BOYS));
        }
        return new Resident(nextKey++, given, family, dob, sex, nhsNumber(), child);
    }

    String postcode(int authority) {
        return "NV" + (authority + 1) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** A valid NHS number: nine digits and a modulus 11 check digit. */
    String nhsNumber() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = i == 0 ? 4 + random.nextInt(5) : random.nextInt(10);
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                var sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.append(check).toString();
            }
        }
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
