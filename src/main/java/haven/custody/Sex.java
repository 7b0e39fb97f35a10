package haven.custody;

/** Sex as it matters to PACE searches and care (PACE-12, PACE-14). */
public enum Sex {
    FEMALE, MALE
}
