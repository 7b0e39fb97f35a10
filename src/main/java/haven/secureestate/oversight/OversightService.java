package haven.secureestate.oversight;

import haven.clocks.Rules;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.TechniqueCatalogue;
import haven.secureestate.force.UseOfForceRecord;
import haven.secureestate.regime.DailyTimeOutOfRoom;
import haven.secureestate.regime.TimeOutOfRoom;
import haven.secureestate.searches.Search;
import haven.secureestate.searches.SearchKind;
import haven.secureestate.separation.SeparationCheck;
import haven.secureestate.store.AlertStore;
import haven.secureestate.store.CareStore;
import haven.secureestate.store.EstateStore;
import haven.secureestate.store.ForceStore;
import haven.secureestate.store.SeparationStore;
import haven.workforce.Workforce;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * Reads the registers back as oversight: the establishment dashboard (weekly measures, SVG trends, inspectorate
 * signals), the national report (monthly, CSV and PDF, public or restricted) and each child's view across settings.
 */
@Service
public class OversightService {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM");

    private final EstateStore estate;
    private final ForceStore force;
    private final SeparationStore separations;
    private final CareStore care;
    private final AlertStore alerts;
    private final Workforce workforce;
    private final Clock clock;
    private final TechniqueCatalogue catalogue = TechniqueCatalogue.standard();
    private final RecordsAssembler assembler;
    private final TimeOutOfRoom timeOutOfRoom;
    private final MeasuresCalculator calculator = new MeasuresCalculator(LONDON);

    OversightService(EstateStore estate, ForceStore force, SeparationStore separations, CareStore care,
                     AlertStore alerts, Workforce workforce, Clock clock, ObjectProvider<Rules> rules) {
        this.estate = estate;
        this.force = force;
        this.separations = separations;
        this.care = care;
        this.alerts = alerts;
        this.workforce = workforce;
        this.clock = clock;
        Rules r = rules.getIfAvailable(Rules::standard);
        this.timeOutOfRoom = new TimeOutOfRoom(LONDON, r.roomConfinement());
        this.assembler = new RecordsAssembler(LONDON, timeOutOfRoom, new SeparationCheck(r), catalogue);
    }

    /** Everything the establishment dashboard shows. */
    public record Dashboard(Establishment establishment, int childrenNow, List<PeriodMeasures> weeks,
                            List<InspectorateSignal> signals, Map<String, String> charts, List<AlertStore.Alert> alerts) {
    }

    public Dashboard dashboard(Establishment e, int weekCount) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        LocalDate end = today.plusDays(1);
        LocalDate start = end.minusWeeks(weekCount);
        EstablishmentRecords r = records(e, start, end);
        List<PeriodMeasures> weeks = new ArrayList<>();
        for (int w = weekCount; w > 0; w--) {
            weeks.add(calculator.measure(r, end.minusWeeks(w), end.minusWeeks(w - 1)));
        }
        List<String> labels = weeks.stream().map(m -> WEEK.format(m.from())).toList();
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("Incidents per week", SvgChart.bars("c-incidents", "Incidents per week", labels,
                series("Incidents", "#1d70b8", weeks, PeriodMeasures::incidents)));
        charts.put("Use of force per 100 children", SvgChart.line("c-force", "Use of force per 100 children", labels,
                List.of(series("Per 100 children", "#d4351c", weeks, PeriodMeasures::useOfForcePer100Children))));
        charts.put("Pain-inducing techniques and injuries", SvgChart.line("c-pain", "Pain-inducing techniques and injuries", labels,
                List.of(series("Pain-inducing", "#d4351c", weeks, PeriodMeasures::painInducing),
                        series("Injuries to children", "#f47738", weeks, PeriodMeasures::childInjuries),
                        series("Face-down holds", "#4c2c92", weeks, PeriodMeasures::faceDown))));
        charts.put("Strip searches and separations", SvgChart.line("c-search", "Strip searches and separations", labels,
                List.of(series("Strip searches", "#1d70b8", weeks, PeriodMeasures::stripSearches),
                        series("Separations", "#505a5f", weeks, PeriodMeasures::separations),
                        series("Separation breaches", "#d4351c", weeks, PeriodMeasures::separationBreaches))));
        charts.put("Time out of room", SvgChart.line("c-room", "Hours out of room per child-day (10th to 90th percentile)", labels,
                List.of(new SvgChart.Series("Median", "#00703c", values(weeks, PeriodMeasures::hoursOutOfRoomMedian),
                        values(weeks, PeriodMeasures::hoursOutOfRoomP10), values(weeks, PeriodMeasures::hoursOutOfRoomP90)))));
        charts.put("Staffing gaps", SvgChart.line("c-staff", "Staffing gaps", labels,
                List.of(series("Shifts short of plan", "#f47738", weeks, PeriodMeasures::shiftsShortOfPlan),
                        series("Single-staffed shifts", "#d4351c", weeks, PeriodMeasures::singleStaffedShifts))));
        charts.put("Health", SvgChart.line("c-health", "Missed medication and appointments", labels,
                List.of(series("Missed doses", "#d4351c", weeks, PeriodMeasures::missedDoses),
                        series("Missed appointments", "#4c2c92", weeks, PeriodMeasures::lostAppointments))));
        charts.put("Open allegations", SvgChart.line("c-alleg", "Open allegations against staff", labels,
                List.of(series("Open allegations", "#505a5f", weeks, PeriodMeasures::openAllegations))));
        int childrenNow = (int) r.placements().stream().filter(p -> p.isCurrentAt(clock.instant())).count();
        return new Dashboard(e, childrenNow, weeks, InspectorateSignals.read(weeks), charts, alerts.open(e.id(), null));
    }

    /**
     * The national report's rows: every establishment, each of the last {@code months} months, the current month
     * counted to date (so the latest figures are never a month old).
     */
    public List<PeriodMeasures> monthly(int months) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate from = thisMonth.minusMonths(months - 1L);
        LocalDate to = thisMonth.plusMonths(1);
        List<PeriodMeasures> rows = new ArrayList<>();
        for (Establishment e : estate.all()) {
            EstablishmentRecords r = records(e, from, to);
            for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
                rows.add(calculator.measure(r, m, m.plusMonths(1).isAfter(today) ? today.plusDays(1) : m.plusMonths(1)));
            }
        }
        return rows;
    }

    public String nationalCsv(int months) {
        var out = new StringWriter();
        NationalReportCsv.write(monthly(months), out);
        return out.toString();
    }

    public byte[] nationalPdf(int months, boolean publicVersion) {
        return NationalReportPdf.render(monthly(months), publicVersion ? List.of() : annex(months), publicVersion,
                clock.instant(), LONDON);
    }

    /** Restricted annex: the children most often restrained or strip-searched, by establishment reference. */
    List<ChildAnnexRow> annex(int months) {
        LocalDate thisMonth = LocalDate.ofInstant(clock.instant(), LONDON).withDayOfMonth(1);
        Instant from = thisMonth.minusMonths(months - 1L).atStartOfDay(LONDON).toInstant();
        Instant to = clock.instant();
        List<ChildAnnexRow> rows = new ArrayList<>();
        for (Establishment e : estate.all()) {
            Map<Long, String> refs = new LinkedHashMap<>();
            estate.placements(e.id()).forEach(p -> refs.put(p.childPersonId(), p.childReference()));
            List<UseOfForceRecord> uof = force.inEstablishment(e.id(), from, to);
            List<Search> strip = force.searches(e.id(), from, to).stream().filter(s -> s.kind() == SearchKind.STRIP).toList();
            refs.forEach((child, ref) -> {
                var mine = uof.stream().filter(u -> u.force().childPersonId().equals(child)).toList();
                int strips = (int) strip.stream().filter(s -> s.childPersonId().equals(child)).count();
                if (mine.size() >= 3 || strips >= 2) {
                    rows.add(new ChildAnnexRow(e.name(), ref, mine.size(),
                            (int) mine.stream().filter(u -> u.force().childInjured()).count(),
                            (int) mine.stream().filter(UseOfForceRecord::painInducing).count(), strips));
                }
            });
        }
        rows.sort(Comparator.comparingInt(ChildAnnexRow::useOfForce).reversed());
        return rows.size() > 50 ? rows.subList(0, 50) : rows;
    }

    /** Each current child's time out of room on a day, for the establishment's regime page (SE-08). */
    public List<DailyTimeOutOfRoom> timeOutOfRoom(Establishment e, LocalDate day) {
        Instant from = day.atStartOfDay(LONDON).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(LONDON).toInstant();
        var movements = separations.movements(e.id(), from, to);
        List<DailyTimeOutOfRoom> out = new ArrayList<>();
        for (Placement p : estate.placements(e.id())) {
            if (p.overlaps(from, to)) {
                out.add(timeOutOfRoom.forDay(p.childPersonId(), day, movements, p.start(), p.end(), clock.instant()));
            }
        }
        out.sort(Comparator.comparing(DailyTimeOutOfRoom::outOfRoom));
        return out;
    }

    /**
     * SE-08: for every child confined to their room 22 hours or more on {@code day}, alerts the establishment's manager
     * and the national monitor. Raising twice for the same child and day changes nothing.
     */
    public int raiseConfinementAlerts(LocalDate day) {
        int raised = 0;
        for (Establishment e : estate.all()) {
            Map<Long, String> refs = new LinkedHashMap<>();
            estate.placements(e.id()).forEach(p -> refs.put(p.childPersonId(), p.childReference()));
            for (DailyTimeOutOfRoom t : timeOutOfRoom(e, day)) {
                if (!t.alert()) {
                    continue;
                }
                String message = refs.getOrDefault(t.childPersonId(), "A child") + " was in their room "
                        + t.inRoom().toHours() + " h " + t.inRoom().toMinutesPart() + " min on " + day;
                for (String role : List.of(haven.secureestate.SecureEstate.MANAGER, haven.secureestate.SecureEstate.MONITOR)) {
                    UUID source = UUID.nameUUIDFromBytes(("SE-08|" + t.childPersonId() + "|" + day + "|" + role)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (alerts.raise(e.id(), t.childPersonId(), "SE-08", "CONFINEMENT_22H", role, message, source, clock.instant())) {
                        raised++;
                    }
                }
            }
        }
        return raised;
    }

    EstablishmentRecords records(Establishment e, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(LONDON).toInstant();
        Instant end = to.atStartOfDay(LONDON).toInstant();
        return assembler.assemble(e, estate.placements(e.id()), separations.movements(e.id(), start, end),
                force.inEstablishment(e.id(), start, end).stream().map(UseOfForceRecord::force).toList(),
                force.searches(e.id(), start, end), separations.inEstablishment(e.id(), start, end),
                care.staffing(e.id(), from, to), care.education(e.id(), start, end), care.doses(e.id(), start, end),
                care.appointments(e.id(), start, end), at -> workforce.openAllegations(e.id(), at), from, to,
                clock.instant());
    }

    private static SvgChart.Series series(String name, String colour, List<PeriodMeasures> weeks,
                                          ToDoubleFunction<PeriodMeasures> f) {
        return SvgChart.Series.of(name, colour, values(weeks, f));
    }

    private static double[] values(List<PeriodMeasures> weeks, ToDoubleFunction<PeriodMeasures> f) {
        return weeks.stream().mapToDouble(f).toArray();
    }

    /** Uses of force, searches and separations of one child in every establishment, newest first. */
    public record ChildAcrossSettings(long childPersonId, List<Placement> placements, List<UseOfForceRecord> usesOfForce,
                                      List<Search> searches, List<haven.secureestate.separation.SeparationEpisode> separations,
                                      Map<UUID, String> establishmentNames) {
    }

    public ChildAcrossSettings child(long childPersonId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        estate.all().forEach(e -> names.put(e.id(), e.name()));
        return new ChildAcrossSettings(childPersonId, estate.placementsOfChild(childPersonId), force.ofChild(childPersonId),
                force.searchesOfChild(childPersonId), separations.ofChild(childPersonId), names);
    }
}
