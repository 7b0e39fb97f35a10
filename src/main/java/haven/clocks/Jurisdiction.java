package haven.clocks;

/**
 * The legal jurisdiction a case runs under; some timescales differ between them (C-07).
 */
public enum Jurisdiction {
    ENGLAND,
    WALES
}
