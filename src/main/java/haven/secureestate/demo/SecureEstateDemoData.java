package haven.secureestate.demo;

import haven.secureestate.Outcome;
import haven.secureestate.SecureEstate;
import haven.secureestate.education.EducationSession;
import haven.secureestate.estate.Establishment;
import haven.secureestate.estate.Placement;
import haven.secureestate.force.UseOfForce;
import haven.secureestate.health.MedicalAppointment;
import haven.secureestate.health.MedicationDose;
import haven.secureestate.regime.Movement;
import haven.secureestate.searches.Search;
import haven.secureestate.separation.SeparationEpisode;
import haven.secureestate.staffing.ShiftStaffing;
import haven.workforce.Workforce;
import haven.workforce.allegations.Allegation;
import haven.workforce.recruitment.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Loads the generated demo estate through the module's own facades, so demo records pass the same validation,
 * rules, alerts and SE-07 notifications as real ones. Does nothing if establishments already exist.
 */
@Component
public class SecureEstateDemoData {

    private static final Logger log = LoggerFactory.getLogger(SecureEstateDemoData.class);
    private static final String BY = "demo-loader";

    private final SecureEstate estate;
    private final Workforce workforce;
    private final haven.secureestate.oversight.OversightService oversight;
    private final Clock clock;

    SecureEstateDemoData(SecureEstate estate, Workforce workforce, haven.secureestate.oversight.OversightService oversight,
                         Clock clock) {
        this.estate = estate;
        this.workforce = workforce;
        this.oversight = oversight;
        this.clock = clock;
    }

    @Transactional
    public DemoEstate load(List<Long> children, long seed, int weeks) {
        if (!estate.establishments().isEmpty()) {
            return null;
        }
        long started = System.nanoTime();
        DemoEstate demo = DemoEstateGenerator.generate(clock.instant(), ZoneId.of("Europe/London"), weeks, seed, children);
        int refused = 0;
        for (Establishment e : demo.establishments()) {
            estate.registerEstablishment(e, "Healthcare lead, " + e.name(), BY);
        }
        for (StaffMember s : demo.staff()) {
            expect(workforce.recordStaff(s, BY, "Demo staff record"));
        }
        for (Placement p : demo.placements().stream().sorted(Comparator.comparing(Placement::start)).toList()) {
            refused += ok(estate.place(p, BY));
        }
        for (Establishment e : demo.establishments()) {
            List<Movement> mine = demo.movements().stream()
                    .filter(m -> e.id().equals(demo.establishmentOfMovement().get(m.childPersonId()))).toList();
            estate.recordMovements(e.id(), mine, BY);
            for (ShiftStaffing s : demo.staffing().stream().filter(s -> e.unit(s.unitId()).isPresent()).toList()) {
                refused += ok(estate.recordStaffing(e.id(), s, BY));
            }
        }
        for (UseOfForce f : demo.usesOfForce()) {
            refused += ok(estate.recordUseOfForce(f, false, BY));
        }
        for (Search s : demo.searches()) {
            refused += ok(estate.recordSearch(s, BY));
        }
        for (SeparationEpisode s : demo.separations()) {
            refused += ok(estate.recordSeparation(s, BY));
        }
        for (EducationSession s : demo.education()) {
            refused += ok(estate.recordEducation(s, BY));
        }
        for (MedicationDose d : demo.doses()) {
            refused += ok(estate.recordDose(d, BY));
        }
        for (MedicalAppointment a : demo.appointments()) {
            refused += ok(estate.recordAppointment(a, BY));
        }
        for (Allegation a : demo.allegations()) {
            Allegation received = new Allegation(a.id(), a.staffId(), a.establishmentId(), a.receivedAt(), a.category(),
                    a.summary(), a.linkedIncidentIds(), null, null, null, null, null);
            workforce.recordAllegation(received, haven.clocks.Jurisdiction.ENGLAND, BY);
            if (a.referredToLadoAt() != null) {
                workforce.referToLado(a.id(), a.referredToLadoAt(), a.ladoReference(),
                        "Referral delayed: the duty manager did not recognise it as an allegation", BY);
            }
            if (a.outcome() != null) {
                workforce.recordLadoOutcome(a.id(), a.ladoProcess(), a.outcome(), a.concludedAt(), BY);
            }
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        for (int d = 7; d >= 1; d--) {
            oversight.raiseConfinementAlerts(today.minusDays(d)); // SE-08 alerts the nightly job would have raised
        }
        log.info("Secure estate demo loaded: {} establishments, {} placements, {} movements, {} uses of force, {} refused, in {} ms",
                demo.establishments().size(), demo.placements().size(), demo.movements().size(), demo.usesOfForce().size(),
                refused, (System.nanoTime() - started) / 1_000_000);
        return demo;
    }

    private static int ok(Outcome o) {
        return o instanceof Outcome.Recorded ? 0 : 1;
    }

    private static void expect(haven.workforce.Outcome o) {
        if (!(o instanceof haven.workforce.Outcome.Recorded)) {
            throw new IllegalStateException("demo staff record refused: " + o);
        }
    }

}
