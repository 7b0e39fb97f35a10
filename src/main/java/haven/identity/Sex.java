package haven.identity;

/** Sex as agencies record it. */
public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
