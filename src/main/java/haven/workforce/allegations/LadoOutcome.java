package haven.workforce.allegations;

/** The outcome definitions the LADO uses when an allegation is concluded. */
public enum LadoOutcome {
    SUBSTANTIATED, UNSUBSTANTIATED, UNFOUNDED, FALSE, MALICIOUS
}
