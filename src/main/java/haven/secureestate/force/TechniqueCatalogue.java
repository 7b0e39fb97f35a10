package haven.secureestate.force;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled list of restraint techniques, shipped as data
 * ({@code secureestate/restraint-techniques.csv}) so the list can be reviewed without a code change.
 */
public final class TechniqueCatalogue {

    private static final String RESOURCE = "/secureestate/restraint-techniques.csv";

    private final Map<String, Technique> byCode;
    private final List<Technique> ordered;

    public TechniqueCatalogue(Collection<Technique> techniques) {
        Map<String, Technique> map = new LinkedHashMap<>();
        techniques.forEach(t -> map.put(t.code(), t));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    public static TechniqueCatalogue standard() {
        try (InputStream in = TechniqueCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Technique> list = reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split(",", -1);
                return new Technique(f[0].trim(), f[1].trim(), Boolean.parseBoolean(f[2].trim()),
                        Boolean.parseBoolean(f[3].trim()));
            }).toList();
            return new TechniqueCatalogue(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Technique> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public List<Technique> all() {
        return ordered;
    }
}
