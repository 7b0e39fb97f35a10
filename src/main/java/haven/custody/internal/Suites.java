package haven.custody.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The custody suites Haven knows, with the jurisdiction each sits in (C-07); shipped as data, replaceable. */
@Component
public class Suites {

    /** A custody suite. */
    public record Suite(String code, String name, String force, String jurisdiction) {
    }

    private final List<Suite> suites;

    Suites(@Value("${haven.custody.suites:classpath:custody/suites.csv}") Resource file) {
        this.suites = read(file);
    }

    static List<Suite> read(Resource file) {
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            List<Suite> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new Suite(r.get("code"), r.get("name"), r.get("force"), r.get("jurisdiction")));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("custody suites file " + file, e);
        }
    }

    public List<Suite> all() {
        return suites;
    }

    public Optional<Suite> find(String code) {
        return suites.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
