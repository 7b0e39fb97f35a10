package haven.secureestate.separation;

import haven.secureestate.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rejects separation records that cannot be true: ends before starts, observations outside the episode. */
public final class SeparationValidation {

    private SeparationValidation() {
    }

    public static List<FieldProblem> validate(SeparationEpisode e, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child who was separated"));
        }
        if (e.reason() == null || e.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason for separation"));
        }
        if (e.authorisedBy() == null) {
            problems.add(new FieldProblem("authorisedBy", "Select who authorised the separation"));
        }
        if (e.startedAt() == null) {
            problems.add(new FieldProblem("startedAt", "Enter when the separation started"));
            return problems;
        }
        if (e.startedAt().isAfter(now)) {
            problems.add(new FieldProblem("startedAt", "The start time must not be in the future"));
        }
        if (e.endedAt() != null && !e.endedAt().isAfter(e.startedAt())) {
            problems.add(new FieldProblem("endedAt", "The separation must end after it starts"));
        }
        Instant end = e.endOr(now);
        for (Observation o : e.observations()) {
            if (o.at() == null || o.at().isBefore(e.startedAt()) || o.at().isAfter(end)) {
                problems.add(new FieldProblem("observations", "An observation must fall within the separation"));
                break;
            }
        }
        for (SeparationAuthority a : e.authorities()) {
            if (!a.validUntil().isAfter(a.grantedAt())) {
                problems.add(new FieldProblem("authorities", "Written authority must end after it is granted"));
            } else if (a.grantedAt().isBefore(e.startedAt()) || a.grantedAt().isAfter(end)) {
                problems.add(new FieldProblem("authorities", "Written authority must be granted during the separation"));
            }
        }
        return problems;
    }
}
