package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.List;

/** Ranks within groups of rows (peer groups), or across all rows when there is one group. */
final class GroupRanks {

    private final int[][] members;
    private final int[][] keysScratch;
    private final int[][] ranksScratch;

    GroupRanks(int[] groupOf) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < groupOf.length; k++) {
            while (lists.size() <= groupOf[k]) {
                lists.add(new ArrayList<>());
            }
            lists.get(groupOf[k]).add(k);
        }
        members = new int[lists.size()][];
        keysScratch = new int[lists.size()][];
        ranksScratch = new int[lists.size()][];
        for (int g = 0; g < lists.size(); g++) {
            members[g] = lists.get(g).stream().mapToInt(Integer::intValue).toArray();
            keysScratch[g] = new int[members[g].length];
            ranksScratch[g] = new int[members[g].length];
        }
    }

    /** Competition ranks (1, 2, 2, 4) of {@code values} within each group; NaN values get rank 0 and rank no one. */
    int[] descending(double[] values) {
        int[] out = new int[values.length];
        for (int[] group : members) {
            List<Integer> present = new ArrayList<>();
            for (int k : group) {
                if (!Double.isNaN(values[k])) {
                    present.add(k);
                }
            }
            double[] subset = new double[present.size()];
            for (int i = 0; i < subset.length; i++) {
                subset[i] = values[present.get(i)];
            }
            int[] ranks = Ranks.descending(subset);
            for (int i = 0; i < subset.length; i++) {
                out[present.get(i)] = ranks[i];
            }
        }
        return out;
    }

    /** {@link Ranks#descendingHundredths} within each group, for the Monte-Carlo loop. */
    void descendingHundredths(int[] keys, int[] counts, int[] out) {
        if (members.length == 1) {
            Ranks.descendingHundredths(keys, counts, out);
            return;
        }
        for (int g = 0; g < members.length; g++) {
            int[] group = members[g];
            int[] k = keysScratch[g];
            for (int i = 0; i < group.length; i++) {
                k[i] = keys[group[i]];
            }
            Ranks.descendingHundredths(k, counts, ranksScratch[g]);
            for (int i = 0; i < group.length; i++) {
                out[group[i]] = ranksScratch[g][i];
            }
        }
    }
}
