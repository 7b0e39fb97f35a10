package haven.secureestate.estate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A living unit within an establishment, with its rooms. */
public record Unit(UUID id, String name, List<Room> rooms) {
    public Unit {
        rooms = List.copyOf(rooms);
    }

    public int capacity() {
        return rooms.stream().mapToInt(Room::beds).sum();
    }

    public Optional<Room> room(UUID roomId) {
        return rooms.stream().filter(r -> r.id().equals(roomId)).findFirst();
    }
}
