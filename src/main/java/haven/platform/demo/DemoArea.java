package haven.platform.demo;

import java.util.List;
import java.util.Random;

/**
 * What a demo seeder is told about the demo area: its size, a seeded random source (so a
 * demo is reproducible) and the persons it made, so seeders can attach their own records.
 *
 * @param children person ids of children (under 18), in a stable order
 * @param adults   person ids of adults, in a stable order
 * @param flaggedAdults person ids of adults flagged as posing a risk to children
 */
public record DemoArea(String size, Random random, List<Long> children, List<Long> adults, List<Long> flaggedAdults) {

    /** Agency codes the demo creates. */
    public static final String POLICE = "NMC";
    public static final List<String> LOCAL_AUTHORITIES = List.of("LA-ASH", "LA-BRK", "LA-CAR", "LA-DUN", "LA-ESK");
    public static final String HEALTH = "NHS-NMT";
    public static final String SECURE_TRAINING_CENTRE = "STC-HOLLINS";
    public static final String SECURE_CHILDRENS_HOME = "SCH-FERNSIDE";
    public static final String YOUTH_OFFENDING_TEAM = "YOT-NM";
    public static final String PARTNERSHIP = "SP-NM";
    public static final String NATIONAL_MONITOR = "NAT-MON";

    @Override
    public String toString() {
        return "DemoArea[size=" + size + ", children=" + children.size() + "]";
    }
}
