package haven.secureestate.estate;

import haven.secureestate.Decision;
import haven.secureestate.FieldProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Whether a child can be placed: the unit and room exist, and neither the room nor the establishment is full. */
public final class PlacementPolicy {

    private PlacementPolicy() {
    }

    public static List<FieldProblem> validate(Establishment establishment, Placement placement) {
        List<FieldProblem> problems = new ArrayList<>();
        if (placement.childPersonId() == null) {
            problems.add(new FieldProblem("childPersonId", "Select the child being placed"));
        }
        if (placement.placingAuthority() == null || placement.placingAuthority().isBlank()) {
            problems.add(new FieldProblem("placingAuthority", "Enter the placing authority"));
        }
        if (establishment.type().isCustodial()
                && (placement.youthOffendingTeam() == null || placement.youthOffendingTeam().isBlank())) {
            problems.add(new FieldProblem("youthOffendingTeam", "Enter the youth offending team for a custodial placement"));
        }
        if (placement.start() == null) {
            problems.add(new FieldProblem("start", "Enter when the placement started"));
        } else if (placement.end() != null && !placement.end().isAfter(placement.start())) {
            problems.add(new FieldProblem("end", "The placement must end after it starts"));
        }
        var unit = establishment.unit(placement.unitId());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("unitId", "Select a unit in this establishment"));
        } else if (placement.roomId() != null && unit.get().room(placement.roomId()).isEmpty()) {
            problems.add(new FieldProblem("roomId", "Select a room on the chosen unit"));
        }
        return problems;
    }

    /** Refuses a placement that would put more children in a room or establishment than it has beds. */
    public static Decision decide(Establishment establishment, Collection<Placement> current, Placement placement) {
        long inEstablishment = current.stream()
                .filter(p -> p.establishmentId().equals(establishment.id()))
                .filter(p -> p.isCurrentAt(placement.start()))
                .count();
        if (inEstablishment >= establishment.capacity()) {
            return Decision.refused("CAPACITY", "establishmentId",
                    "The establishment is full (" + establishment.capacity() + " places)");
        }
        if (placement.roomId() != null) {
            int beds = establishment.unit(placement.unitId()).flatMap(u -> u.room(placement.roomId()))
                    .map(Room::beds).orElse(0);
            long inRoom = current.stream()
                    .filter(p -> placement.roomId().equals(p.roomId()))
                    .filter(p -> p.isCurrentAt(placement.start()))
                    .count();
            if (inRoom >= beds) {
                return Decision.refused("CAPACITY", "roomId", "The room has no free bed");
            }
        }
        return Decision.allowed();
    }
}
