package haven.meetings;

/**
 * What a strategy discussion was convened from, as a reference into the module that holds it
 * ({@code kind} such as REFERRAL, POLICE_PROTECTION, MISSING_EPISODE, EXPLOITATION_ASSESSMENT).
 */
public record ConvenedFrom(String kind, String reference) {
    public static final java.util.Set<String> KINDS = java.util.Set.of("REFERRAL", "POLICE_PROTECTION",
            "MISSING_EPISODE", "EXPLOITATION_ASSESSMENT", "OTHER");
}
