package de.kundenstimme.customer.control;

import java.util.Arrays;
import java.util.List;

/**
 * The blocks of {@link Blocking}, kept compact enough for a million records in little memory:
 * every (key, record) becomes one long, the key's 40-bit hash above the record's 24-bit index;
 * sorted, equal keys lie together. A rare hash collision only costs a needless comparison.
 * Blocks larger than the limit say too little (a very common name in a big town) and are
 * left out; the other keys still bring those records together.
 */
final class CandidateIndex {

    static final int MAX_RECORDS = 1 << 24;
    private static final long INDEX_MASK = MAX_RECORDS - 1;

    private final int[] blockStart;
    private final int[] blockMembers;
    private final int[] recordStart;
    private final int[] recordBlocks;

    CandidateIndex(List<ComparableIdentity> identities, int maxBlockSize) {
        int records = identities.size();
        if (records > MAX_RECORDS) {
            throw new IllegalArgumentException("At most " + MAX_RECORDS + " records can be linked at once");
        }
        long[] entries = entries(identities);
        Arrays.parallelSort(entries);

        int blocks = 0;
        int members = 0;
        for (int start = 0, end; start < entries.length; start = end) {
            end = runEnd(entries, start);
            if (usable(end - start, maxBlockSize)) {
                blocks++;
                members += end - start;
            }
        }
        blockStart = new int[blocks + 1];
        blockMembers = new int[members];
        int[] blocksPerRecord = new int[records + 1];
        int block = 0;
        int member = 0;
        for (int start = 0, end; start < entries.length; start = end) {
            end = runEnd(entries, start);
            if (usable(end - start, maxBlockSize)) {
                blockStart[block++] = member;
                for (int i = start; i < end; i++) {
                    int record = (int) (entries[i] & INDEX_MASK);
                    blockMembers[member++] = record;
                    blocksPerRecord[record + 1]++;
                }
            }
        }
        blockStart[blocks] = member;

        recordStart = new int[records + 1];
        for (int i = 0; i < records; i++) {
            recordStart[i + 1] = recordStart[i] + blocksPerRecord[i + 1];
        }
        recordBlocks = new int[member];
        int[] filled = new int[records];
        for (int b = 0; b < blocks; b++) {
            for (int m = blockStart[b]; m < blockStart[b + 1]; m++) {
                int record = blockMembers[m];
                recordBlocks[recordStart[record] + filled[record]++] = b;
            }
        }
    }

    /** The key hashes of every record, computed in parallel and never held as strings all at once. */
    private static long[] entries(List<ComparableIdentity> identities) {
        long[][] hashes = identities.parallelStream()
                .map(identity -> Blocking.keys(identity).stream().mapToLong(CandidateIndex::hash40).toArray())
                .toArray(long[][]::new);
        long[] entries = new long[Arrays.stream(hashes).mapToInt(keys -> keys.length).sum()];
        int next = 0;
        for (int record = 0; record < hashes.length; record++) {
            for (long hash : hashes[record]) {
                entries[next++] = (hash << 24) | record;
            }
            hashes[record] = null;
        }
        return entries;
    }

    private static boolean usable(int size, int maxBlockSize) {
        return size > 1 && size <= maxBlockSize;
    }

    private static int runEnd(long[] entries, int start) {
        long key = entries[start] >>> 24;
        int end = start + 1;
        while (end < entries.length && entries[end] >>> 24 == key) {
            end++;
        }
        return end;
    }

    /** The top 40 bits of the key's hash. */
    private static long hash40(String key) {
        return Blocking.hash(key) >>> 24;
    }

    /**
     * Calls the consumer once for every record with a higher index that shares a block with
     * {@code record}. {@code seen} is the caller's scratch array, one slot per record, that must
     * not hold {@code record + 1} anywhere before the first call for {@code record}.
     */
    void forEachLaterCandidate(int record, int[] seen, CandidateConsumer consumer) {
        int mark = record + 1;
        for (int r = recordStart[record]; r < recordStart[record + 1]; r++) {
            int block = recordBlocks[r];
            for (int m = blockStart[block]; m < blockStart[block + 1]; m++) {
                int other = blockMembers[m];
                if (other > record && seen[other] != mark) {
                    seen[other] = mark;
                    consumer.accept(other);
                }
            }
        }
    }

    @FunctionalInterface
    interface CandidateConsumer {
        void accept(int other);
    }
}
