package de.kundenstimme.customer.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Dublettenerkennung: finds the source identities that describe the same customer. Identities
 * meet in blocks, every candidate pair is scored once, and pairs at the link threshold join
 * their clusters, strongest first. Because links are transitive, a cluster only takes in
 * another when their members agree on average at least as well as the review threshold asks;
 * otherwise the link goes to review. That stops a chain A–B–C from gluing two people together
 * through one ambiguous record. Review decisions are followed on every run. After changes, only
 * the pairs with a changed record need comparing ({@link #relink}).
 */
public final class RecordLinker {

    /** Larger blocks are skipped as unselective; other keys still bring their records together. */
    public static final int MAX_BLOCK_SIZE = 500;
    /** A cluster never grows beyond this: no real customer has that many records. */
    static final int MAX_CLUSTER_SIZE = 50;
    private static final int CHUNK = 4096;

    private final MatchScorer scorer = new MatchScorer();
    private final Normalization normalization;
    private final LinkThresholds thresholds;

    public RecordLinker(Normalization normalization, LinkThresholds thresholds) {
        this.normalization = normalization;
        this.thresholds = thresholds;
    }

    public Linkage link(List<SourceIdentity> identities, ReviewDecisions decisions) {
        return relink(identities, null, List.of(), decisions);
    }

    /**
     * Links again after some identities changed (or are new): only pairs with a changed identity
     * are compared; the others keep the clusters they were found in before, whose links are taken
     * as they were. {@code changed} null means all are new, which is {@link #link}.
     */
    public Linkage relink(List<SourceIdentity> identities, Set<Long> changed, List<List<Long>> previousClusters,
                          ReviewDecisions decisions) {
        List<ComparableIdentity> records = identities.parallelStream()
                .map(identity -> ComparableIdentity.of(identity, normalization)).toList();
        CandidateIndex index = new CandidateIndex(records, MAX_BLOCK_SIZE);
        Map<Long, Integer> positions = positions(records);

        LongAdder comparisons = new LongAdder();
        List<ScoredPair> scored = scoreCandidates(records, index, decisions, comparisons,
                changed == null ? null : position -> changed.contains(records.get(position).id()));
        List<ScoredPair> links = new ArrayList<>();
        List<ScoredPair> reviews = new ArrayList<>();
        for (ScoredPair pair : scored) {
            (thresholds.verdict(pair.score()) == LinkThresholds.Verdict.LINK ? links : reviews).add(pair);
        }
        Set<IdentityPair> taken = new HashSet<>(decisions.merged());
        for (List<Long> cluster : previousClusters) {
            List<Long> kept = cluster.stream().filter(positions::containsKey).filter(id -> !changed.contains(id)).toList();
            for (int i = 1; i < kept.size(); i++) {
                taken.add(new IdentityPair(kept.get(0), kept.get(i)));
            }
        }
        for (IdentityPair link : taken) {
            if (positions.containsKey(link.first()) && positions.containsKey(link.second())) {
                links.add(new ScoredPair(link.first(), link.second(), 1.0));
            }
        }
        links.sort(Comparator.comparingDouble(ScoredPair::score).reversed());

        Clusters clusters = new Clusters(records, positions, decisions);
        for (ScoredPair link : links) {
            if (!clusters.join(link, taken.contains(link.pair()))) {
                reviews.add(link);
            }
        }
        List<ScoredPair> open = reviews.stream()
                .filter(pair -> !clusters.together(pair.first(), pair.second()))
                .filter(pair -> !decisions.keptApart().contains(pair.pair()))
                .sorted(Comparator.comparingDouble(ScoredPair::score).reversed())
                .toList();
        return new Linkage(clusters.asLists(), open, comparisons.sum());
    }

    private static Map<Long, Integer> positions(List<ComparableIdentity> records) {
        Map<Long, Integer> positions = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            positions.put(records.get(i).id(), i);
        }
        return positions;
    }

    /** Every candidate pair at or above the review threshold, scored in parallel chunks. */
    private List<ScoredPair> scoreCandidates(List<ComparableIdentity> records, CandidateIndex index,
                                             ReviewDecisions decisions, LongAdder comparisons, IntPredicate changed) {
        int size = records.size();
        ThreadLocal<int[]> seen = ThreadLocal.withInitial(() -> new int[size]);
        return IntStream.range(0, (size + CHUNK - 1) / CHUNK).parallel().mapToObj(chunk -> {
            int[] marks = seen.get();
            List<ScoredPair> found = new ArrayList<>();
            for (int i = chunk * CHUNK; i < Math.min(size, (chunk + 1) * CHUNK); i++) {
                ComparableIdentity record = records.get(i);
                boolean recordChanged = changed == null || changed.test(i);
                index.forEachLaterCandidate(i, marks, other -> {
                    if (!recordChanged && !changed.test(other)) {
                        return;
                    }
                    comparisons.increment();
                    double score = scorer.score(record, records.get(other));
                    if (score >= thresholds.review()) {
                        found.add(new ScoredPair(record.id(), records.get(other).id(), score));
                    }
                });
            }
            return found;
        }).flatMap(List::stream).filter(pair -> !decisions.keptApart().contains(pair.pair())).toList();
    }

    /** Union of clusters with members lists, guarded against chaining and kept-apart pairs. */
    private final class Clusters {
        private final List<ComparableIdentity> records;
        private final Map<Long, Integer> positions;
        private final ReviewDecisions decisions;
        private final int[] parent;
        private final List<List<Integer>> members;

        Clusters(List<ComparableIdentity> records, Map<Long, Integer> positions, ReviewDecisions decisions) {
            this.records = records;
            this.positions = positions;
            this.decisions = decisions;
            parent = new int[records.size()];
            members = new ArrayList<>(records.size());
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                members.add(null);
            }
        }

        boolean together(long first, long second) {
            return root(positions.get(first)) == root(positions.get(second));
        }

        /** Joins the two clusters when that is safe (or a person decided so); false when it is not. */
        boolean join(ScoredPair link, boolean decided) {
            int a = root(positions.get(link.first()));
            int b = root(positions.get(link.second()));
            if (a == b) {
                return true;
            }
            List<Integer> left = membersOf(a);
            List<Integer> right = membersOf(b);
            if (left.size() + right.size() > MAX_CLUSTER_SIZE || keptApart(left, right)
                    || !decided && (left.size() > 1 || right.size() > 1) && contradiction(left, right)) {
                return false;
            }
            if (!decided && (left.size() > 1 || right.size() > 1) && averageScore(left, right) < thresholds.review()) {
                return false;
            }
            List<Integer> bigger = left.size() >= right.size() ? left : right;
            List<Integer> smaller = bigger == left ? right : left;
            int newRoot = bigger == left ? a : b;
            parent[newRoot == a ? b : a] = newRoot;
            List<Integer> joined = new ArrayList<>(bigger);
            joined.addAll(smaller);
            members.set(newRoot, joined);
            members.set(newRoot == a ? b : a, null);
            return true;
        }

        private boolean keptApart(List<Integer> left, List<Integer> right) {
            if (decisions.keptApart().isEmpty()) {
                return false;
            }
            for (int l : left) {
                for (int r : right) {
                    if (decisions.keptApart().contains(new IdentityPair(records.get(l).id(), records.get(r).id()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean contradiction(List<Integer> left, List<Integer> right) {
            for (int l : left) {
                for (int r : right) {
                    if (scorer.contradicts(records.get(l), records.get(r))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private double averageScore(List<Integer> left, List<Integer> right) {
            double sum = 0;
            for (int l : left) {
                for (int r : right) {
                    sum += scorer.score(records.get(l), records.get(r));
                }
            }
            return sum / (left.size() * right.size());
        }

        private List<Integer> membersOf(int root) {
            List<Integer> list = members.get(root);
            return list == null ? List.of(root) : list;
        }

        private int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        List<List<Long>> asLists() {
            Map<Integer, List<Long>> byRoot = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(records.get(i).id());
            }
            return new ArrayList<>(byRoot.values());
        }
    }

    /**
     * The result: every identity in exactly one cluster, the pairs left for a person to decide
     * (strongest first), and how many candidate pairs were compared.
     */
    public record Linkage(List<List<Long>> clusters, List<ScoredPair> reviewPairs, long comparisons) {
    }
}
