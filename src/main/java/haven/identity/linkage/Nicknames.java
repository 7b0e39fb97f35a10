package haven.identity.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forenames that people use for one another (Bill for William, Peggy for Margaret), read from the UK table shipped
 * as data in {@code identity/nicknames.csv}. Two names are equivalent when they belong to a common formal name.
 */
public final class Nicknames {
    private final Map<String, Set<String>> formalNamesOf;

    private Nicknames(Map<String, Set<String>> formalNamesOf) {
        this.formalNamesOf = formalNamesOf;
    }

    public static Nicknames ukTable() {
        try (InputStream in = Nicknames.class.getResourceAsStream("/identity/nicknames.csv")) {
            if (in == null) {
                throw new IllegalStateException("identity/nicknames.csv is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Nicknames read(InputStream in) throws IOException {
        Map<String, Set<String>> map = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine(); // header: name,nickname
        while ((line = reader.readLine()) != null) {
            String[] parts = line.split(",");
            if (parts.length != 2) {
                continue;
            }
            String formal = parts[0].trim().toLowerCase();
            String nick = parts[1].trim().toLowerCase();
            map.computeIfAbsent(formal, k -> new HashSet<>()).add(formal);
            map.computeIfAbsent(nick, k -> new HashSet<>()).add(formal);
        }
        return new Nicknames(map);
    }

    /** True when the two (normalised, lower-case) names share a formal name in the table. */
    public boolean equivalent(String a, String b) {
        Set<String> fa = formalNamesOf.get(a);
        if (fa == null) {
            return false;
        }
        Set<String> fb = formalNamesOf.get(b);
        if (fb == null) {
            return false;
        }
        for (String f : fa) {
            if (fb.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when one name is the other's formal name (William and Bill), not merely two short forms of one name. */
    public boolean oneIsAFormOfTheOther(String a, String b) {
        Set<String> fa = formalNamesOf.get(a);
        Set<String> fb = formalNamesOf.get(b);
        return fa != null && fa.contains(b) || fb != null && fb.contains(a);
    }

    /** The first formal name of a name, or the name itself: a blocking key that puts Bill next to William. */
    public String canonical(String name) {
        Set<String> f = formalNamesOf.get(name);
        if (f == null || f.isEmpty()) {
            return name;
        }
        String best = null;
        for (String s : f) {
            if (best == null || s.compareTo(best) < 0) {
                best = s;
            }
        }
        return best;
    }
}
