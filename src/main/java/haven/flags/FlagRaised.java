package haven.flags;

/** A warning marker was raised on a person or a location. */
public record FlagRaised(long flagId, Long personId, Long locationId, FlagType type) {
}
