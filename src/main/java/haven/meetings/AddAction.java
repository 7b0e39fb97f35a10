package haven.meetings;

import java.time.LocalDate;

/** An action agreed at a strategy discussion, with its owner and the day it must be done by. */
public record AddAction(String description, Long ownerUserId, LocalDate dueOn) {
}
