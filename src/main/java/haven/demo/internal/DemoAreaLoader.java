package haven.demo.internal;

import haven.access.AccessPolicy;
import haven.access.Users;
import haven.platform.demo.DemoArea;
import haven.platform.demo.DemoAreaLoaded;
import haven.platform.demo.DemoSeeder;
import haven.platform.time.LondonTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo area once: the directory of agencies and staff, the households in
 * batches (with progress), what agencies recorded about them, then every module's
 * {@link DemoSeeder}. The same size and seed always give the same area.
 */
@Component
public class DemoAreaLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoAreaLoader.class);
    private static final long SEED = 20261130L;
    private static final int BATCH = 1000;

    private final DemoDirectory directory;
    private final PopulationWriter writer;
    private final DemoStories stories;
    private final haven.network.Network network;
    private final AccessPolicy access;
    private final Users users;
    private final List<DemoSeeder> seeders;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAreaLoader(DemoDirectory directory, PopulationWriter writer, DemoStories stories, haven.network.Network network, AccessPolicy access, Users users,
                   List<DemoSeeder> seeders, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.writer = writer;
        this.stories = stories;
        this.network = network;
        this.access = access;
        this.users = users;
        this.seeders = seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList();
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Households for each size: about 2.5 residents each. */
    public static int households(String size) {
        return switch (size) {
            case "small" -> 1_500;
            case "area" -> 240_000;
            case "national" -> 2_000_000;
            default -> throw new IllegalArgumentException("Size must be small, area or national");
        };
    }

    public boolean isLoaded() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** Loads the area unless one is already there; {@code progress} hears the households written so far. */
    public List<DemoDirectory.DemoLogin> load(String size, IntConsumer progress) {
        int total = households(size);
        if (isLoaded()) {
            log.info("The demo area is already loaded");
            return users.all().stream().map(u -> new DemoDirectory.DemoLogin(u.username(), u.primaryRole().label(), u.agencyName())).toList();
        }
        long started = System.nanoTime();
        var logins = directory.create();
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        var population = new Population(SEED, today);
        double knownShare = 0.3;
        var knownChildren = new java.util.LinkedHashSet<Long>();
        var otherChildren = new java.util.LinkedHashSet<Long>();
        var adults = new java.util.LinkedHashSet<Long>();
        var flagged = new ArrayList<Long>();
        var ashvaleKnown = new ArrayList<PopulationWriter.Written>();
        for (int start = 0; start < total; start += BATCH) {
            var batch = new ArrayList<Population.Household>();
            for (int i = start; i < Math.min(total, start + BATCH); i++) {
                batch.add(population.household(i, knownShare));
            }
            var stories = new ArrayList<haven.network.EventDraft>();
            for (var w : writer.write(batch, population)) {
                var childrenHere = w.household().known() ? knownChildren : otherChildren;
                w.household().children().forEach(c -> addIfPresent(childrenHere, w.personByResident().get(c.key())));
                w.household().adults().forEach(a -> addIfPresent(adults, w.personByResident().get(a.key())));
                flagged.addAll(this.stories.household(w, population, stories));
                if (w.household().known() && w.household().authority() == 0 && ashvaleKnown.size() < 200) {
                    ashvaleKnown.add(w);
                }
            }
            network.recordEvents(stories);
            progress.accept(Math.min(total, start + BATCH));
        }
        var exploited = stories.exploitationNetwork(ashvaleKnown, population);
        involveDemoStaff(ashvaleKnown, exploited, population);
        var children = new ArrayList<>(knownChildren); // children with history first, for seeders that take the first few
        otherChildren.stream().filter(c -> !knownChildren.contains(c)).forEach(children::add);
        var area = new DemoArea(size, new Random(SEED + 1), List.copyOf(children), List.copyOf(adults), List.copyOf(flagged));
        for (var seeder : seeders) {
            log.info("Seeding demo data: {}", seeder.getClass().getSimpleName());
            seeder.seed(area);
        }
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
        long records = jdbc.sql("select count(*) from person_record").query(Long.class).single();
        events.publishEvent(new DemoAreaLoaded(size, persons, records));
        log.info("Demo area '{}' loaded: {} persons from {} agency records in {} s", size, persons, records,
                (System.nanoTime() - started) / 1_000_000_000);
        return logins;
    }

    private static void addIfPresent(java.util.Set<Long> set, Long personId) {
        if (personId != null) {
            set.add(personId);
        }
    }

    private void involveDemoStaff(List<PopulationWriter.Written> ashvale, List<Long> exploited, Population population) {
        long socialWorker = users.byUsername("social.worker").orElseThrow().id();
        long school = users.byUsername("school.dsl").orElseThrow().id();
        long yot = users.byUsername("yot.worker").orElseThrow().id();
        long healthVisitor = users.byUsername("health.visitor").orElseThrow().id();
        int allocated = 0;
        boolean sealed = false;
        for (var w : ashvale) {
            for (var c : w.household().children()) {
                Long person = w.personByResident().get(c.key());
                if (person == null) {
                    continue;
                }
                int age = java.time.Period.between(c.dob(), LocalDate.now(clock.withZone(LondonTime.ZONE))).getYears();
                if (allocated < 12) {
                    access.involve(socialWorker, person, "Allocated social worker");
                    allocated++;
                } else if (!sealed && age < 10) {
                    access.seal(person, "Adopted: former identity", "demo");
                    sealed = true;
                }
                if (age >= 4 && age <= 16 && population.chance(0.1)) {
                    access.involve(school, person, "Designated safeguarding lead");
                }
                if (age >= 12 && population.chance(0.1)) {
                    access.involve(yot, person, "Case manager");
                }
                if (age < 5 && population.chance(0.3)) {
                    access.involve(healthVisitor, person, "Health visitor");
                }
            }
        }
        exploited.forEach(p -> access.involve(socialWorker, p, "Allocated social worker"));
    }
}
