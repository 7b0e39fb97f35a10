import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores Duke's link file against a file of true pairs: pairwise precision, recall and F1, the same measure as
 * Haven's benchmark. Only definite links ("+" lines) count; a pair is unordered.
 *
 * <pre>java bench/duke/DukeScore.java LINKFILE TRUE_PAIRS.csv</pre>
 */
public class DukeScore {
    public static void main(String[] args) throws IOException {
        Set<String> predicted = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split(",");
            if (p.length >= 3 && p[0].equals("+")) {
                predicted.add(key(p[1], p[2]));
            }
        }
        List<String> truthLines = Files.readAllLines(Path.of(args[1]));
        Set<String> truth = new HashSet<>();
        for (String line : truthLines.subList(1, truthLines.size())) {
            String[] p = line.split(",");
            if (p.length >= 2) {
                truth.add(key(p[0], p[1]));
            }
        }
        long tp = predicted.stream().filter(truth::contains).count();
        double precision = predicted.isEmpty() ? 0 : tp / (double) predicted.size();
        double recall = truth.isEmpty() ? 0 : tp / (double) truth.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("precision %.4f  recall %.4f  F1 %.4f  (tp %d, predicted %d, true %d)%n",
                precision, recall, f1, tp, predicted.size(), truth.size());
    }

    private static String key(String a, String b) {
        a = a.trim();
        b = b.trim();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
