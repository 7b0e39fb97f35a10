package haven.secureestate.estate;

import haven.secureestate.Decision;
import haven.secureestate.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementPolicyTest {

    private final Room single = new Room(UUID.randomUUID(), "1", 1);
    private final Room other = new Room(UUID.randomUUID(), "2", 1);
    private final Unit unit = new Unit(UUID.randomUUID(), "Unit 1", List.of(single, other));
    private final Establishment stc = new Establishment(UUID.randomUUID(), "STC-OAK", "Oakhill", EstablishmentType.SECURE_TRAINING_CENTRE, haven.clocks.Jurisdiction.ENGLAND,
            "Milton Keynes Safeguarding Children Partnership", List.of(unit));
    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    private Placement placement(Room room) {
        return new Placement(UUID.randomUUID(), 7L, "OK-0001", stc.id(), unit.id(), room.id(), "Kent", "Kent YOT", now, null);
    }

    @Test
    void refusesASecondChildInASingleRoom() {
        Decision d = PlacementPolicy.decide(stc, List.of(placement(single)), placement(single));
        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).field()).isEqualTo("roomId");
    }

    @Test
    void refusesAPlacementWhenTheEstablishmentIsFull() {
        Decision d = PlacementPolicy.decide(stc, List.of(placement(single), placement(other)), placement(other));
        assertThat(((Decision.Refused) d).field()).isEqualTo("establishmentId");
    }

    @Test
    void allowsAPlacementIntoAFreeRoom() {
        assertThat(PlacementPolicy.decide(stc, List.of(placement(single)), placement(other)).isAllowed()).isTrue();
    }

    @Test
    void requiresTheYouthOffendingTeamForACustodialPlacement() {
        Placement p = new Placement(UUID.randomUUID(), 7L, "OK-0001", stc.id(), unit.id(), single.id(), "Kent", "", now, null);
        assertThat(PlacementPolicy.validate(stc, p)).extracting(FieldProblem::field).containsExactly("youthOffendingTeam");
    }

    @Test
    void capacityIsTheSumOfBeds() {
        assertThat(stc.capacity()).isEqualTo(2);
    }
}
