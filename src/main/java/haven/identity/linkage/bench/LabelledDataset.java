package haven.identity.linkage.bench;

import haven.identity.linkage.LinkageRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Person records read from one or more CSV files (each file its own source when linking), with the truth: a
 * person id per record (from a truth column, or from a file of true pairs joined into groups). The truth is used
 * only to measure, never to train.
 */
public record LabelledDataset(String name, List<LinkageRecord> records, int[] truePerson, String[] household,
                              boolean linkOnly) {

    public static LabelledDataset read(String name, List<Path> files, ColumnMapping mapping, String truthColumn,
                                       Path truePairs, boolean linkOnly) throws IOException {
        List<LinkageRecord> records = new ArrayList<>();
        List<String> truthValues = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            try (Reader in = Files.newBufferedReader(files.get(f), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                         .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(in)) {
                Map<String, Integer> header = trimmedHeader(parser.getHeaderMap());
                for (CSVRecord row : parser) {
                    records.add(toRecord(row, header, mapping, "source-" + f));
                    truthValues.add(truthColumn == null ? null : value(row, header, truthColumn));
                }
            }
        }
        int[] person = new int[records.size()];
        if (truthColumn != null) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < person.length; i++) {
                String t = truthValues.get(i);
                person[i] = t == null ? -1 - i : ids.computeIfAbsent(t, k -> ids.size());
            }
        } else {
            person = personsFromPairs(records, truePairs);
        }
        return new LabelledDataset(name, records, person, null, linkOnly);
    }

    private static Map<String, Integer> trimmedHeader(Map<String, Integer> raw) {
        Map<String, Integer> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(k.trim(), v));
        return out;
    }

    private static String value(CSVRecord row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + column + "' in the CSV header " + header.keySet());
        }
        if (i >= row.size()) {
            return null;
        }
        String v = row.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private static LinkageRecord toRecord(CSVRecord row, Map<String, Integer> header, ColumnMapping mapping,
                                         String source) {
        LinkageRecord.Builder b = LinkageRecord.builder(value(row, header, mapping.idColumn())).source(source);
        for (Map.Entry<String, List<String>> e : mapping.fields().entrySet()) {
            StringBuilder joined = new StringBuilder();
            for (String column : e.getValue()) {
                String v = value(row, header, column);
                if (v != null) {
                    joined.append(joined.length() == 0 ? "" : " ").append(v);
                }
            }
            String v = joined.length() == 0 ? null : joined.toString();
            switch (e.getKey()) {
                case "forename" -> b.forename(v);
                case "surname" -> b.surname(v);
                case "dateOfBirth" -> b.dateOfBirth(v);
                case "sex" -> b.sex(v);
                case "postcode" -> b.postcode(v);
                case "address" -> b.address(v);
                case "locality" -> b.locality(v);
                case "nhsNumber" -> b.nhsNumber(v);
                case "pncId" -> b.pncId(v);
                case "upn" -> b.upn(v);
                case "otherId" -> b.otherId(v);
                case "phone" -> b.phone(v);
                case "email" -> b.email(v);
                default -> throw new IllegalArgumentException("unknown field " + e.getKey());
            }
        }
        return b.build();
    }

    private static int[] personsFromPairs(List<LinkageRecord> records, Path truePairs) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.get(i).id(), i);
        }
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        try (Reader in = Files.newBufferedReader(truePairs, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .get().parse(in)) {
            for (CSVRecord row : parser) {
                Integer a = index.get(row.get(0).trim());
                Integer b = index.get(row.get(1).trim());
                if (a == null || b == null) {
                    throw new IllegalArgumentException("true pair " + row.get(0) + "," + row.get(1)
                            + " names a record not in the data");
                }
                parent[find(parent, a)] = find(parent, b);
            }
        }
        int[] person = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            person[i] = find(parent, i);
        }
        return person;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
