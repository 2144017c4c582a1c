import de.kundenstimme.customer.control.LinkThresholds;
import de.kundenstimme.customer.control.Normalization;
import de.kundenstimme.customer.control.RecordLinker;
import de.kundenstimme.customer.control.ReviewDecisions;
import de.kundenstimme.customer.control.SourceIdentity;
import de.kundenstimme.customer.entity.CustomerFields;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of the record linker on the FEBRL data sets, with the one
 * standard configuration. Uses names, address and date of birth; never soc_sec_id.
 * Run by bench/febrl-eval.sh.
 */
public class FebrlEvaluation {

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/febrl");
        System.out.printf(Locale.ROOT, "%-10s %7s %9s %9s %9s %7s %7s %7s %8s%n",
                "set", "records", "true", "found", "correct", "prec", "recall", "F1", "seconds");
        evaluate("febrl1", List.of(data.resolve("dataset1.csv")));
        evaluate("febrl2", List.of(data.resolve("dataset2.csv")));
        evaluate("febrl3", List.of(data.resolve("dataset3.csv")));
        evaluate("febrl4", List.of(data.resolve("dataset4a.csv"), data.resolve("dataset4b.csv")));
    }

    private static void evaluate(String name, List<Path> files) throws IOException {
        List<SourceIdentity> identities = new ArrayList<>();
        Map<Long, String> entityOf = new HashMap<>();
        Map<Long, Integer> fileOf = new HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            List<String> lines = Files.readAllLines(files.get(f), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                long id = identities.size();
                String recId = c[0].strip();
                entityOf.put(id, recId.substring(0, recId.indexOf('-', 4)));
                fileOf.put(id, f);
                identities.add(new SourceIdentity(id, "file" + f, 1, Instant.EPOCH, new CustomerFields(null, null,
                        c[1], c[2], null, date(c[9].strip()), c[4], c[3], c[5], c[7], c[6], null, List.of(), List.of())));
            }
        }
        boolean linkage = files.size() > 1;
        long start = System.nanoTime();
        RecordLinker.Linkage result = new RecordLinker(new Normalization("AU"), LinkThresholds.STANDARD)
                .link(identities, ReviewDecisions.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;

        long found = 0;
        long correct = 0;
        for (List<Long> cluster : result.clusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    long a = cluster.get(i);
                    long b = cluster.get(j);
                    if (linkage && fileOf.get(a).equals(fileOf.get(b))) {
                        continue;
                    }
                    found++;
                    if (entityOf.get(a).equals(entityOf.get(b))) {
                        correct++;
                    }
                }
            }
        }
        long truePairs = truePairs(entityOf, fileOf, linkage);
        double precision = found == 0 ? 0 : (double) correct / found;
        double recall = truePairs == 0 ? 0 : (double) correct / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%-10s %7d %9d %9d %9d %7.4f %7.4f %7.4f %8.2f   (review queue: %d pairs)%n",
                name, identities.size(), truePairs, found, correct, precision, recall, f1, seconds,
                result.reviewPairs().size());
    }

    private static long truePairs(Map<Long, String> entityOf, Map<Long, Integer> fileOf, boolean linkage) {
        Map<String, long[]> counts = new HashMap<>();
        entityOf.forEach((id, entity) -> counts.computeIfAbsent(entity, e -> new long[2])[fileOf.get(id) == 0 ? 0 : 1]++);
        long pairs = 0;
        for (long[] c : counts.values()) {
            long all = c[0] + c[1];
            pairs += linkage ? c[0] * c[1] : all * (all - 1) / 2;
        }
        return pairs;
    }

    /** FEBRL writes yyyyMMdd; a typo can make an impossible date, which then counts as missing. */
    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }
}
