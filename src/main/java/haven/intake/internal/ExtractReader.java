package haven.intake.internal;

import haven.intake.ExtractRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Streams an extract row by row, so a file of millions of rows needs no more memory than one chunk. */
public final class ExtractReader {
    private ExtractReader() {
    }

    /** Thrown when the file as a whole cannot be read (not one bad row: those are reported per row). */
    public static class UnreadableFile extends RuntimeException {
        public UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Iterator<ExtractRow> open(InputStream in, String format, JsonMapper json) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> csv(in);
            case "json" -> json(in, json);
            default -> throw new IllegalArgumentException("format must be csv or json");
        };
    }

    static Iterator<ExtractRow> csv(InputStream in) {
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            Iterator<CSVRecord> records = parser.iterator();
            return new Iterator<>() {
                public boolean hasNext() {
                    try {
                        return records.hasNext();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw new UnreadableFile("The CSV file could not be read: " + e.getMessage(), e);
                    }
                }

                public ExtractRow next() {
                    CSVRecord r;
                    try {
                        r = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw new UnreadableFile("The CSV file could not be read: " + e.getMessage(), e);
                    }
                    Map<String, String> values = new HashMap<>();
                    for (var e : r.toMap().entrySet()) {
                        if (e.getKey() != null) {
                            values.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
                        }
                    }
                    if (!r.isConsistent()) {
                        values.put("__inconsistent", "true");
                    }
                    return new ExtractRow((int) r.getRecordNumber() + 1, values); // row 1 is the header
                }
            };
        } catch (IOException e) {
            throw new UnreadableFile("The CSV file could not be read: " + e.getMessage(), e);
        }
    }

    /** A JSON array of objects whose keys are the extract's columns. */
    static Iterator<ExtractRow> json(InputStream in, JsonMapper json) {
        JsonParser parser;
        try {
            parser = json.createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFile("The JSON file must be an array of objects, one a person record", null);
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new UnreadableFile("The JSON file could not be read: " + e.getOriginalMessage(), e);
        }
        var reader = json.readerFor(tools.jackson.databind.JsonNode.class)
                .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return new Iterator<>() {
            private int row;
            private ExtractRow next = advance();

            private ExtractRow advance() {
                try {
                    JsonToken token = parser.nextToken();
                    if (token == null || token == JsonToken.END_ARRAY) {
                        return null;
                    }
                    row++;
                    if (token != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        return new ExtractRow(row, Map.of("__not_an_object", "true"));
                    }
                    Map<String, String> values = new HashMap<>();
                    tools.jackson.databind.JsonNode node = reader.readValue(parser);
                    for (var entry : node.properties()) {
                        var v = entry.getValue();
                        values.put(entry.getKey().toLowerCase(Locale.ROOT),
                                v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
                    }
                    return new ExtractRow(row, values);
                } catch (tools.jackson.core.JacksonException e) {
                    throw new UnreadableFile("The JSON file could not be read after row " + row + ": " + e.getOriginalMessage(), e);
                }
            }

            public boolean hasNext() {
                return next != null;
            }

            public ExtractRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                var current = next;
                next = advance();
                return current;
            }
        };
    }
}
