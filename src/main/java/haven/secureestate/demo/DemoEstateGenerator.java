package haven.secureestate.demo;

import haven.clocks.Jurisdiction;
import haven.secureestate.education.EducationSession;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.EstablishmentType;
import haven.secureestate.estate.Placement;
import haven.secureestate.estate.Room;
import haven.secureestate.estate.Unit;
import haven.secureestate.force.RestraintReason;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.AppointmentOutcome;
import haven.secureestate.health.DoseOutcome;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.regime.Movement;
import haven.secureestate.regime.MovementKind;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchKind;
import haven.secureestate.separation.Observation;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.Shift;
import haven.secureestate.staffing.ShiftStaffing;
import haven.workforce.allegations.Allegation;
import haven.workforce.allegations.AllegationCategory;
import haven.workforce.allegations.LadoOutcome;
import haven.workforce.recruitment.CheckStatus;
import haven.workforce.recruitment.StaffMember;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates two establishments' worth of records: a secure children's home that runs steadily, and a secure
 * training centre that deteriorates week by week the way inspectors found before an urgent notification
 * (more force, pain and injuries, children confined to rooms, single-staffed units, children locked in
 * classrooms, missed medication, allegations). Deterministic for a given seed.
 */
public final class DemoEstateGenerator {

    /** Agency codes of the demo area's two establishments (as the platform's demo names them). */
    public static final String SECURE_TRAINING_CENTRE = "STC-HOLLINS";
    public static final String SECURE_CHILDRENS_HOME = "SCH-FERNSIDE";

    private final Random random;
    private final ZoneId zone;
    private final Instant now;
    private final List<Establishment> establishments = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<Long, UUID> movementEstablishment = new HashMap<>();
    private final List<Movement> movements = new ArrayList<>();
    private final List<UseOfForce> force = new ArrayList<>();
    private final List<Search> searches = new ArrayList<>();
    private final List<SeparationEpisode> separations = new ArrayList<>();
    private final List<ShiftStaffing> staffing = new ArrayList<>();
    private final List<EducationSession> education = new ArrayList<>();
    private final List<MedicationDose> doses = new ArrayList<>();
    private final List<MedicalAppointment> appointments = new ArrayList<>();
    private final List<Allegation> allegations = new ArrayList<>();

    private final List<Long> children;
    private int nextChild;

    private DemoEstateGenerator(long seed, Instant now, ZoneId zone, List<Long> children) {
        this.random = new Random(seed);
        this.children = children;
        this.now = now;
        this.zone = zone;
    }

    /** @param children person ids of children to place, used in order (the demo area's children) */
    public static DemoEstate generate(Instant now, ZoneId zone, int weeks, long seed, List<Long> children) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("the demo needs children to place");
        }
        var g = new DemoEstateGenerator(seed, now, zone, children);
        g.establishment(SECURE_CHILDRENS_HOME, "Fernside Secure Children's Home", EstablishmentType.SECURE_CHILDRENS_HOME,
                "Northmere Safeguarding Children Partnership", "FS", 2, 6, 0.85, weeks, false);
        g.establishment(SECURE_TRAINING_CENTRE, "Hollins Park Secure Training Centre", EstablishmentType.SECURE_TRAINING_CENTRE,
                "Northmere Safeguarding Children Partnership", "HL", 4, 8, 0.8, weeks, true);
        return new DemoEstate(List.copyOf(g.establishments), List.copyOf(g.staff), List.copyOf(g.placements),
                Map.copyOf(g.movementEstablishment), List.copyOf(g.movements), List.copyOf(g.force),
                List.copyOf(g.searches), List.copyOf(g.separations), List.copyOf(g.staffing),
                List.copyOf(g.education), List.copyOf(g.doses), List.copyOf(g.appointments), List.copyOf(g.allegations));
    }

    private void establishment(String agencyCode, String name, EstablishmentType type, String partnership, String prefix, int unitCount,
                               int roomsPerUnit, double occupancy, int weeks, boolean deteriorating) {
        List<Unit> units = new ArrayList<>();
        String[] unitNames = {"Ash", "Birch", "Cedar", "Damson", "Elm", "Fir"};
        for (int u = 0; u < unitCount; u++) {
            List<Room> rooms = new ArrayList<>();
            for (int r = 1; r <= roomsPerUnit; r++) {
                rooms.add(new Room(id(), unitNames[u].charAt(0) + String.valueOf(r), 1));
            }
            units.add(new Unit(id(), unitNames[u], rooms));
        }
        Establishment est = new Establishment(id(), agencyCode, name, type, Jurisdiction.ENGLAND, partnership, units);
        establishments.add(est);

        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusWeeks(weeks);
        List<StaffMember> team = staff(est, unitCount * 8, deteriorating, first);
        List<UUID> managers = team.subList(0, 3).stream().map(StaffMember::id).toList();

        // placements: the rooms filled to the occupancy at the start, with children moving on and arriving
        List<Placement> current = new ArrayList<>();
        int childNo = 1;
        for (Unit unit : units) {
            for (Room room : unit.rooms()) {
                if (random.nextDouble() < occupancy) {
                    current.add(place(est, unit, room, prefix, childNo++, atLocal(first.minusDays(5 + random.nextInt(60)), 15, 0)));
                }
            }
        }
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            double decline = deteriorating ? (double) java.time.temporal.ChronoUnit.DAYS.between(first, day) / (weeks * 7) : 0;
            if (random.nextDouble() < 0.08 && !current.isEmpty()) {
                Placement leaving = current.remove(random.nextInt(current.size()));
                Placement ended = new Placement(leaving.id(), leaving.childPersonId(), leaving.childReference(),
                        leaving.establishmentId(), leaving.unitId(), leaving.roomId(), leaving.placingAuthority(),
                        leaving.youthOffendingTeam(), leaving.start(), atLocal(day, 10, 0));
                placements.set(placements.indexOf(leaving), ended);
                Unit unit = est.unit(leaving.unitId()).orElseThrow();
                Room room = unit.room(leaving.roomId()).orElseThrow();
                current.add(place(est, unit, room, prefix, childNo++, atLocal(day, 16, 0)));
            }
            for (Placement p : current) {
                regime(est, p, day, decline);
                health(est, p, day, decline);
            }
            incidents(est, current, team, managers, day, decline);
            rota(est, current, day, decline);
            classes(est, current, team, day, decline);
        }
        allegations(est, team, first, deteriorating);
    }

    private List<StaffMember> staff(Establishment est, int count, boolean deteriorating, LocalDate first) {
        String[] roles = {"Registered manager", "Deputy manager", "Duty manager", "Residential care officer"};
        List<StaffMember> team = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean inexperienced = random.nextDouble() < (deteriorating ? 0.4 : 0.05);
            boolean pending = i > 3 && random.nextDouble() < (deteriorating ? 0.12 : 0.03);
            StaffMember s = new StaffMember(id(), est.id(), "Staff member " + (i + 1), roles[Math.min(i, 3)], true,
                    inexperienced ? 0 : 12 + random.nextInt(120), pending ? CheckStatus.PENDING : CheckStatus.CLEAR,
                    pending ? CheckStatus.CLEAR : CheckStatus.NOT_REQUESTED, pending ? null : null,
                    first.minusDays(random.nextInt(900)), inexperienced ? List.of("Induction") : List.of("Induction", "Restraint (approved system)", "Safeguarding level 3"));
            team.add(s);
        }
        // pending starters are supervised by the duty manager (REC-01)
        for (int i = 0; i < team.size(); i++) {
            StaffMember s = team.get(i);
            if (s.enhancedDbs() == CheckStatus.PENDING) {
                team.set(i, new StaffMember(s.id(), s.establishmentId(), s.displayName(), s.role(), true,
                        s.monthsExperienceWithChildren(), s.enhancedDbs(), s.separateBarredListCheck(),
                        team.get(2).id(), s.startDate(), s.training()));
            }
        }
        staff.addAll(team);
        return team;
    }

    private Placement place(Establishment est, Unit unit, Room room, String prefix, int n, Instant from) {
        String[] authorities = {"Northshire", "Seaport", "Kentmere", "Riverside", "Eastholm"};
        String la = authorities[random.nextInt(authorities.length)];
        Long child = children.get(nextChild++ % children.size());
        Placement p = new Placement(id(), child, prefix + "-" + String.format("%04d", 100 + n), est.id(), unit.id(),
                room.id(), la + " Council", est.type().isCustodial() ? la + " Youth Justice Service" : null, from, null);
        placements.add(p);
        return p;
    }

    private void regime(Establishment est, Placement p, LocalDate day, double decline) {
        if (p.start().isAfter(atLocal(day, 8, 0))) {
            return;
        }
        double hoursOut = Math.max(0.3, 10.5 - decline * (4 + 7 * random.nextDouble()) + random.nextGaussian() * 0.8);
        double[] split = {0.4, 0.35, 0.25};
        int[] startHour = {8, 13, 18};
        for (int b = 0; b < 3; b++) {
            int minutes = (int) Math.round(hoursOut * 60 * split[b]);
            if (minutes < 10) {
                continue;
            }
            Instant out = atLocal(day, startHour[b], random.nextInt(20));
            move(est, p, out, MovementKind.LEFT_ROOM, b == 0 ? "Education" : b == 1 ? "Gym and association" : "Association");
            move(est, p, out.plus(Duration.ofMinutes(Math.min(minutes, 290))), MovementKind.RETURNED_TO_ROOM, "Locked in");
        }
    }

    private void move(Establishment est, Placement p, Instant at, MovementKind kind, String activity) {
        Movement m = new Movement(p.childPersonId(), at, kind, activity);
        movements.add(m);
        movementEstablishment.putIfAbsent(p.childPersonId(), est.id());
    }

    private void health(Establishment est, Placement p, LocalDate day, double decline) {
        Instant due = atLocal(day, 8, 30);
        if (p.start().isAfter(due)) {
            return;
        }
        if ((p.childPersonId() & 3) == 0) {
            double r = random.nextDouble();
            DoseOutcome outcome = r < 0.01 + 0.3 * decline ? DoseOutcome.MISSED : r > 0.97 ? DoseOutcome.REFUSED : DoseOutcome.GIVEN;
            String reason = switch (outcome) {
                case MISSED -> decline > 0.5 ? "No nurse available on the unit" : "Child at court";
                case REFUSED -> "Child declined; offered again at 10:00";
                case GIVEN -> null;
            };
            doses.add(new MedicationDose(id(), est.id(), p.childPersonId(), "Sertraline 50 mg", due, outcome,
                    due.plus(Duration.ofMinutes(20)), reason));
        }
        if (random.nextDouble() < 0.05) {
            double r = random.nextDouble();
            AppointmentOutcome outcome = r < 0.03 + 0.35 * decline ? AppointmentOutcome.MISSED
                    : r < 0.06 + 0.5 * decline ? AppointmentOutcome.LATE_NOT_SEEN
                    : r < 0.15 + 0.5 * decline ? AppointmentOutcome.LATE_SEEN : AppointmentOutcome.ATTENDED;
            String reason = outcome == AppointmentOutcome.ATTENDED ? null : "No escort staff available";
            String[] services = {"Dentist", "GP", "CAMHS", "Optician", "Sexual health clinic"};
            appointments.add(new MedicalAppointment(id(), est.id(), p.childPersonId(),
                    services[random.nextInt(services.length)], atLocal(day, 10 + random.nextInt(5), 0), outcome, reason));
        }
    }

    private void incidents(Establishment est, List<Placement> children, List<StaffMember> team, List<UUID> managers,
                           LocalDate day, double decline) {
        if (children.isEmpty()) {
            return;
        }
        double rate = est.type().isCustodial() ? 0.25 + 1.0 * decline : 0.12;
        int count = poisson(rate);
        for (int i = 0; i < count; i++) {
            Placement p = children.get(random.nextInt(children.size()));
            Instant start = atLocal(day, 9 + random.nextInt(12), random.nextInt(60));
            if (p.start().isAfter(start)) {
                continue;
            }
            boolean pain = est.type().isCustodial() && random.nextDouble() < 0.03 + 0.25 * decline;
            boolean prone = random.nextDouble() < 0.05 + 0.3 * decline;
            List<String> techniques = new ArrayList<>(List.of(random.nextBoolean() ? "STANDING_HOLD" : "GUIDE"));
            if (prone) {
                techniques.add("PRONE_HOLD");
            }
            if (pain) {
                techniques.add(random.nextBoolean() ? "WRIST_FLEXION" : "THUMB_FLEXION");
            }
            RestraintReason reason = pain ? RestraintReason.PREVENT_HARM_TO_OTHERS
                    : RestraintReason.values()[random.nextInt(est.type().isCustodial() ? 5 : 3)];
            boolean injured = random.nextDouble() < 0.04 + 0.2 * decline;
            Instant end = start.plus(Duration.ofMinutes(2 + random.nextInt(decline > 0.5 ? 25 : 10)));
            force.add(new UseOfForce(id(), est.id(), p.childPersonId(),
                    est.unit(p.unitId()).map(Unit::name).orElse("Unit") + " unit", start, end,
                    List.of(pick(team).id(), pick(team).id()), reason,
                    "Spoke calmly with the child and offered time away from the group",
                    techniques, pain ? "Child was punching a member of staff's head against the wall" : null,
                    "BWV-" + (10000 + force.size()), start.plus(Duration.ofMinutes(30)),
                    injured ? "Carpet burn to the forehead and bruised wrist" : null, null));
        }
        double searchRate = est.type().isCustodial() ? 0.15 + 0.6 * decline : 0.03;
        for (int i = 0; i < poisson(searchRate); i++) {
            Placement p = children.get(random.nextInt(children.size()));
            Instant at = atLocal(day, 8 + random.nextInt(12), random.nextInt(60));
            if (p.start().isAfter(at)) {
                continue;
            }
            boolean strip = random.nextDouble() < 0.4;
            searches.add(new Search(id(), est.id(), p.childPersonId(), strip ? SearchKind.STRIP : SearchKind.FULL, at,
                    "Intelligence of an item concealed after a visit; less intrusive search considered first",
                    managers.get(random.nextInt(managers.size())), "Suspected concealed item",
                    random.nextDouble() < 0.2 ? "Lighter" : null, List.of(pick(team).id(), pick(team).id())));
        }
        double separationRate = est.type().isCustodial() ? 0.2 + 0.9 * decline : 0.05;
        for (int i = 0; i < poisson(separationRate); i++) {
            Placement p = children.get(random.nextInt(children.size()));
            Instant start = atLocal(day, 10 + random.nextInt(9), random.nextInt(60));
            if (p.start().isAfter(start)) {
                continue;
            }
            int minutes = 30 + random.nextInt(decline > 0.6 ? 240 : 110);
            int every = random.nextDouble() < 0.15 + 0.5 * decline ? 25 : 15;
            List<Observation> obs = new ArrayList<>();
            for (int m = every; m <= minutes; m += every) {
                obs.add(new Observation(start.plus(Duration.ofMinutes(m)), pick(team).id(), "Child calm, sitting on bed"));
            }
            separations.add(new SeparationEpisode(id(), est.id(), p.childPersonId(), start,
                    start.plus(Duration.ofMinutes(minutes)), "Assaulted another child at association",
                    "De-escalation by two staff; time out in the quiet room", managers.get(0),
                    random.nextDouble() < 0.9 - 0.4 * decline ? start.plus(Duration.ofMinutes(20)) : null, obs, List.of()));
        }
    }

    private void rota(Establishment est, List<Placement> children, LocalDate day, double decline) {
        for (Unit unit : est.units()) {
            int onUnit = (int) children.stream().filter(p -> p.unitId().equals(unit.id())).count();
            for (Shift shift : Shift.values()) {
                int planned = shift == Shift.NIGHT ? 2 : 3;
                int actual = planned;
                double shortfall = 0.05 + 0.6 * decline;
                while (actual > 0 && random.nextDouble() < shortfall) {
                    actual--;
                    shortfall *= 0.6;
                }
                staffing.add(new ShiftStaffing(unit.id(), day, shift, planned, actual, onUnit));
            }
        }
    }

    private void classes(Establishment est, List<Placement> children, List<StaffMember> team, LocalDate day, double decline) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || children.isEmpty()) {
            return;
        }
        for (int s = 0; s < 3; s++) {
            Instant start = atLocal(day, 9 + s * 2, 0);
            List<Long> pupils = children.stream().skip(s * 4L).limit(4).map(Placement::childPersonId).toList();
            if (pupils.isEmpty()) {
                continue;
            }
            boolean unsupervised = decline > 0.75 && random.nextDouble() < 0.04;
            education.add(new EducationSession(id(), est.id(), "Classroom " + (s + 1), start,
                    start.plus(Duration.ofMinutes(90)), pupils, unsupervised ? List.of() : List.of(pick(team).id()),
                    true));
        }
    }

    private void allegations(Establishment est, List<StaffMember> team, LocalDate first, boolean deteriorating) {
        int count = deteriorating ? 5 : 1;
        for (int i = 0; i < count; i++) {
            Instant received = atLocal(first.plusDays(10 + i * 12L), 11, 0);
            if (received.isAfter(now)) {
                continue;
            }
            boolean concluded = i < count - 2;
            boolean late = deteriorating && i % 2 == 1;
            Instant referred = received.plus(late ? Duration.ofDays(6) : Duration.ofHours(3));
            allegations.add(new Allegation(id(), pick(team).id(), est.id(), received,
                    i % 2 == 0 ? AllegationCategory.HARMED_A_CHILD : AllegationCategory.RISK_OR_UNSUITABILITY,
                    i % 2 == 0 ? "Child reports being pushed to the floor and sworn at during a restraint"
                            : "Officer seen mocking a child about his mother on the unit",
                    List.of(), referred.isAfter(now) ? null : referred, "LADO-" + (2400 + allegations.size()),
                    concluded ? "Strategy discussion held; employer investigation" : "Strategy discussion held",
                    concluded ? (i % 3 == 0 ? LadoOutcome.SUBSTANTIATED : LadoOutcome.UNSUBSTANTIATED) : null,
                    concluded ? referred.plus(Duration.ofDays(20)) : null));
        }
    }

    private StaffMember pick(List<StaffMember> team) {
        return team.get(3 + random.nextInt(team.size() - 3));
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private Instant atLocal(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
