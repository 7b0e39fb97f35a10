package haven.access;

/** What was done with personal data, as written to the access log. */
public enum AccessAction {
    VIEW_PERSON, VIEW_LOCATION, SEARCH, API_READ, EXPORT
}
