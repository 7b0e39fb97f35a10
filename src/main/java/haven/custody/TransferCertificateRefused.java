package haven.custody;

/** A certificate keeping a charged child at the station was refused as invalid (PACE-07 to PACE-11). */
public record TransferCertificateRefused(long recordId, String rule) {
}
