import de.kundenstimme.customer.control.Blocking;
import de.kundenstimme.customer.control.ComparableIdentity;
import de.kundenstimme.customer.control.LinkThresholds;
import de.kundenstimme.customer.control.Normalization;
import de.kundenstimme.customer.control.RecordLinker;
import de.kundenstimme.customer.control.ReviewDecisions;
import de.kundenstimme.customer.control.SourceIdentity;
import de.kundenstimme.customer.entity.CustomerFields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates synthetic customers held by four departments (sales, billing, shipping, support),
 * each writing names, streets and phone numbers its own way and with its own slips, and links
 * them all. Prints the time and the pairwise quality against the generated truth; then changes
 * some rows and links only what they touch (the delta step).
 * Run by bench/scale-run.sh [records] [changed rows] [compare: also link all records anew].
 */
public class ScaleRun {

    private static final String[] FIRST = ("Anna Anton Bernd Birgit Carla Christian Claudia Daniel Dieter Doris Elke "
            + "Emil Emma Erika Felix Frank Franziska Georg Gerda Hannah Hans Heike Helga Ines Jan Jana Jonas Jörg Jürgen "
            + "Julia Karin Katharina Klaus Lena Leon Lukas Manfred Maria Marie Markus Martin Michael Monika Nadine Niklas "
            + "Nina Olaf Paul Petra Philipp Ralf Renate Sabine Sandra Sebastian Sophie Stefan Susanne Thomas Tim Ursula "
            + "Uwe Vanessa Walter Werner Wolfgang Yvonne Zoe Ömer Ayşe Mehmet Fatma Luca Mia Noah Ben Finn Lea Laura "
            + "Marta Ole Tobias Volker Günter Bärbel Jörn Sören Gisela Hildegard Kurt Rolf Silke Tanja Uta").split(" ");
    private static final String[] LAST_STEM = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz "
            + "Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
            + "Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König "
            + "Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller "
            + "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter "
            + "Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber "
            + "Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff "
            + "Pfeiffer").split(" ");
    private static final String[] LAST_SUFFIX = {"", "", "", "", "-Lang", "mann", "er", "s", "-Berg", "hausen", "bach",
            "feld", "-Kühn", "holz"};
    /** Endings that make the stems into the many surnames a country really has. */
    private static final String[] SYLLABLE = {"", "au", "ring", "ke", "lin", "ow", "itz", "ski", "dorf", "ler", "rich",
            "wald", "sen", "hold", "brink", "kamp", "mey", "ert", "ig", "el", "or", "us", "ka", "ner", "stedt", "loh",
            "heim", "ach", "ick", "ent", "ath"};
    private static final String[] STREET = ("Haupt Bahnhof Garten Schul Kirch Berg Wald Linden Birken Dorf Feld Mühlen "
            + "Ring Wiesen Friedhof Eichen Tannen Buchen Rosen Sonnen Mozart Goethe Schiller Beethoven Lessing Kant "
            + "Bismarck Friedrich Wilhelm Luisen Park Markt See Fluss Hafen Brunnen Burg Schloss Tal Hügel").split(" ");
    private static final String[] STREET_KIND = {"straße", "weg", "allee", "platz", "ring", "gasse"};
    private static final String[] SOURCES = {"Vertrieb", "Buchhaltung", "Versand", "Kundenservice"};
    private static final String[] SALUTATION = {"Frau", "Herr"};

    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long start = System.nanoTime();
        List<SourceIdentity> identities = new ArrayList<>(wanted);
        int[] personOf = new int[wanted];
        generate(wanted, identities, personOf);
        double generated = (System.nanoTime() - start) / 1e9;

        long linkStart = System.nanoTime();
        RecordLinker.Linkage linkage = new RecordLinker(new Normalization("DE"), LinkThresholds.STANDARD)
                .link(identities, ReviewDecisions.NONE);
        double linked = (System.nanoTime() - linkStart) / 1e9;

        long[] quality = pairs(linkage.clusters(), personOf);
        long found = quality[0];
        long correct = quality[1];
        Map<Integer, Long> perPerson = new HashMap<>();
        for (int person : personOf) {
            perPerson.merge(person, 1L, Long::sum);
        }
        long truePairs = truePairs(personOf);
        double precision = (double) correct / found;
        double recall = (double) correct / truePairs;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "records %d (4 sources, %d people); generated in %.1f s; linked in %.1f s "
                        + "(%d comparisons, %d customers, %d review pairs)%n",
                wanted, perPerson.size(), generated, linked, linkage.comparisons(), linkage.clusters().size(),
                linkage.reviewPairs().size());
        System.out.printf(Locale.ROOT, "pairwise precision %.4f recall %.4f F1 %.4f; max heap %d MB, used %d MB%n",
                precision, recall, 2 * precision * recall / (precision + recall), runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (changes > 0) {
            delta(identities, personOf, linkage.clusters(), Math.min(changes, wanted), args.length > 2 && args[2].equals("compare"));
        }
    }

    /**
     * The delta step: a re-import changes some rows (a customer moved, a new phone, a name spelt
     * differently), and only those are compared again, with the records they meet in a block (the
     * block keys the base run stored); the records of the customers involved keep their clusters,
     * as CustomerLinking does in the database. Prints the time of that relink and the quality of
     * the clustering after it.
     */
    private static void delta(List<SourceIdentity> base, int[] personOf, List<List<Long>> clusters, int changes,
                              boolean compare) {
        Normalization normalization = new Normalization("DE");
        long[] stored = storedBlockKeys(base, normalization);
        int[] clusterOf = new int[base.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (long id : clusters.get(c)) {
                clusterOf[(int) id] = c;
            }
        }
        Random random = new Random(7);
        List<SourceIdentity> current = new ArrayList<>(base);
        Set<Integer> changed = new HashSet<>();
        while (changed.size() < changes) {
            int record = random.nextInt(base.size());
            if (changed.add(record)) {
                current.set(record, changedRow(base.get(record), random));
            }
        }

        long start = System.nanoTime();
        Set<Integer> met = new HashSet<>(changed);
        for (int record : changed) {
            for (String key : Blocking.keys(ComparableIdentity.of(current.get(record), normalization))) {
                addBlock(stored, Blocking.hash(key) >>> 24, met);
            }
        }
        Set<Integer> scopeClusters = new HashSet<>();
        met.forEach(record -> scopeClusters.add(clusterOf[record]));
        List<SourceIdentity> scope = new ArrayList<>();
        scopeClusters.forEach(c -> clusters.get(c).forEach(id -> scope.add(current.get((int) (long) id))));
        List<List<Long>> previous = scopeClusters.stream().map(clusters::get).toList();
        Set<Long> changedIds = new HashSet<>();
        changed.forEach(record -> changedIds.add((long) record));
        RecordLinker.Linkage relinked = new RecordLinker(normalization, LinkThresholds.STANDARD)
                .relink(scope, changedIds, previous, ReviewDecisions.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<List<Long>> after = new ArrayList<>(relinked.clusters());
        for (int c = 0; c < clusters.size(); c++) {
            if (!scopeClusters.contains(c)) {
                after.add(clusters.get(c));
            }
        }
        long[] quality = pairs(after, personOf);
        long truePairs = truePairs(personOf);
        double precision = (double) quality[1] / quality[0];
        double recall = (double) quality[1] / truePairs;
        System.out.printf(Locale.ROOT, "delta: %d changed records relinked in %.1f s (%d records of %d customers in scope,"
                        + " %d comparisons, %d review pairs); after it pairwise precision %.4f recall %.4f F1 %.4f%n",
                changes, seconds, scope.size(), scopeClusters.size(), relinked.comparisons(),
                relinked.reviewPairs().size(), precision, recall, 2 * precision * recall / (precision + recall));
        if (compare) {
            long fullStart = System.nanoTime();
            long[] full = pairs(new RecordLinker(normalization, LinkThresholds.STANDARD).link(current, ReviewDecisions.NONE)
                    .clusters(), personOf);
            double fullPrecision = (double) full[1] / full[0];
            double fullRecall = (double) full[1] / truePairs;
            System.out.printf(Locale.ROOT, "for comparison, all records linked anew in %.1f s: precision %.4f recall %.4f F1 %.4f%n",
                    (System.nanoTime() - fullStart) / 1e9, fullPrecision, fullRecall,
                    2 * fullPrecision * fullRecall / (fullPrecision + fullRecall));
        }
    }

    /** What the database keeps in source_record_block: per record its keys' hashes, sorted with the record. */
    private static long[] storedBlockKeys(List<SourceIdentity> identities, Normalization normalization) {
        long[][] keys = identities.parallelStream()
                .map(identity -> Blocking.keys(ComparableIdentity.of(identity, normalization)).stream()
                        .mapToLong(key -> Blocking.hash(key) >>> 24).distinct().toArray())
                .toArray(long[][]::new);
        long[] entries = new long[Arrays.stream(keys).mapToInt(k -> k.length).sum()];
        int next = 0;
        for (int record = 0; record < keys.length; record++) {
            for (long key : keys[record]) {
                entries[next++] = key << 24 | record;
            }
        }
        Arrays.parallelSort(entries);
        return entries;
    }

    /** Adds the records of the block with this key, unless it is too large to say anything. */
    private static void addBlock(long[] stored, long key, Set<Integer> met) {
        int at = Arrays.binarySearch(stored, key << 24);
        int start = at >= 0 ? at : -at - 1;
        int end = start;
        while (end < stored.length && stored[end] >>> 24 == key) {
            end++;
        }
        if (end - start <= RecordLinker.MAX_BLOCK_SIZE) {
            for (int i = start; i < end; i++) {
                met.add((int) (stored[i] & 0xFFFFFF));
            }
        }
    }

    /** A department's row as it changed: the customer moved, has a new phone, or the name is spelt anew. */
    private static SourceIdentity changedRow(SourceIdentity row, Random random) {
        CustomerFields f = row.fields();
        CustomerFields changed = switch (random.nextInt(3)) {
            case 0 -> {
                int postal = 1067 + random.nextInt(98_000);
                yield new CustomerFields(f.salutation(), f.title(), f.firstName(), f.lastName(), f.company(),
                        f.dateOfBirth(), STREET[random.nextInt(STREET.length)] + "weg", String.valueOf(1 + random.nextInt(150)),
                        null, String.format("%05d", postal), "Stadt" + (postal / 10), f.country(), f.phones(), f.emails());
            }
            case 1 -> new CustomerFields(f.salutation(), f.title(), f.firstName(), f.lastName(), f.company(),
                    f.dateOfBirth(), f.street(), f.houseNumber(), f.addressSupplement(), f.postalCode(), f.city(),
                    f.country(), List.of(String.format("0%d %d", 30 + random.nextInt(900), 100_000 + random.nextInt(8_900_000))),
                    f.emails());
            default -> new CustomerFields(f.salutation(), f.title(), f.firstName(),
                    f.lastName() == null ? null : typo(f.lastName(), random), f.company(), f.dateOfBirth(), f.street(),
                    f.houseNumber(), f.addressSupplement(), f.postalCode(), f.city(), f.country(), f.phones(), f.emails());
        };
        return new SourceIdentity(row.id(), row.source(), row.trustRank(), Instant.parse("2026-12-01T00:00:00Z"), changed);
    }

    /** Pairs found in the clusters and how many of them are the same person: {found, correct}. */
    private static long[] pairs(List<List<Long>> clusters, int[] personOf) {
        long found = 0;
        long correct = 0;
        for (List<Long> cluster : clusters) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    found++;
                    if (personOf[(int) (long) cluster.get(i)] == personOf[(int) (long) cluster.get(j)]) {
                        correct++;
                    }
                }
            }
        }
        return new long[] {found, correct};
    }

    private static long truePairs(int[] personOf) {
        Map<Integer, Long> perPerson = new HashMap<>();
        for (int person : personOf) {
            perPerson.merge(person, 1L, Long::sum);
        }
        return perPerson.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static void generate(int wanted, List<SourceIdentity> identities, int[] personOf) {
        Random random = new Random(42);
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        int person = 0;
        while (identities.size() < wanted) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST_STEM[random.nextInt(LAST_STEM.length)] + SYLLABLE[random.nextInt(SYLLABLE.length)]
                    + LAST_SUFFIX[random.nextInt(LAST_SUFFIX.length)];
            LocalDate born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(70 * 365));
            String street = STREET[random.nextInt(STREET.length)] + STREET_KIND[random.nextInt(STREET_KIND.length)];
            String number = String.valueOf(1 + random.nextInt(150));
            int postal = 1067 + random.nextInt(98_000);
            String postalCode = String.format("%05d", postal);
            String city = "Stadt" + (postal / 10);
            String phone = String.format("0%d %d", 30 + random.nextInt(900), 100_000 + random.nextInt(8_900_000));
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe")
                    .replace("ü", "ue").replace("ß", "ss").replace("ş", "s") + person + "@example.de";
            for (int source = 0; source < SOURCES.length && identities.size() < wanted; source++) {
                if (random.nextDouble() >= 0.625) {
                    continue;
                }
                personOf[identities.size()] = person;
                identities.add(new SourceIdentity(identities.size(), SOURCES[source], source + 1,
                        now.minusSeconds(random.nextInt(100_000_000)),
                        departmentView(source, random, first, last, born, street, number, postalCode, city, phone, email)));
            }
            person++;
        }
    }

    /** How each department writes the customer down, with an occasional slip. */
    private static CustomerFields departmentView(int source, Random random, String first, String last, LocalDate born,
                                                 String street, String number, String postalCode, String city,
                                                 String phone, String email) {
        String f = random.nextDouble() < 0.05 ? typo(first, random) : first;
        String l = random.nextDouble() < 0.05 ? typo(last, random) : last;
        String s = random.nextDouble() < 0.05 ? typo(street, random) : street;
        return switch (source) {
            case 0 -> new CustomerFields(SALUTATION[random.nextInt(2)], null, f, l, null, born,
                    s.replace("straße", "str."), number, null, postalCode, city, "DE", List.of(phone), List.of(email));
            case 1 -> new CustomerFields(null, null, ascii(f), ascii(l), null, born, ascii(s), number, null,
                    postalCode, city, "DE", List.of(), List.of(email));
            case 2 -> new CustomerFields(null, null, f.substring(0, 1) + ".", l, null, null, s, number, null,
                    postalCode, city.toUpperCase(Locale.ROOT), null, List.of("+49 " + phone.substring(1)), List.of());
            default -> new CustomerFields(null, null, f, l, null, random.nextDouble() < 0.5 ? born : null, null, null,
                    null, random.nextDouble() < 0.5 ? postalCode : null, null, null,
                    List.of(phone.replace(" ", "/")), List.of(email.toUpperCase(Locale.ROOT)));
        };
    }

    private static String ascii(String value) {
        return value.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    private static String typo(String value, Random random) {
        int at = 1 + random.nextInt(value.length() - 1);
        return value.substring(0, at) + (char) ('a' + random.nextInt(26)) + value.substring(Math.min(value.length(), at + 1));
    }
}
