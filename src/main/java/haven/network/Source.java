package haven.network;

/** Where a fact came from and under what lawful basis it is shared. */
public record Source(long agencyId, String sourceSystem, String sourceId, String lawfulBasis, String recordedBy) {
}
