package cn.perfeval.workflow.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which units' names hold each character and each pair of adjacent characters: a name search reads the units of the
 * needle's rarest pair and checks only those, so searching a province's units does not read every name.
 */
final class UnitNameIndex {

    private final List<OrgUnitRecord> units;
    /** A character or a pair of adjacent characters → positions in {@link #units}, ascending. */
    private final Map<String, int[]> postings;

    UnitNameIndex(List<OrgUnitRecord> units) {
        this.units = units;
        Map<String, IntList> building = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Set<String> grams = new LinkedHashSet<>();
            grams(units.get(i).getName(), grams);
            grams(units.get(i).getShortName(), grams);
            for (String gram : grams) {
                building.computeIfAbsent(gram, g -> new IntList()).add(i);
            }
        }
        Map<String, int[]> done = new HashMap<>(building.size() * 2);
        building.forEach((gram, list) -> done.put(gram, list.toArray()));
        this.postings = done;
    }

    /** The units whose name or short name contains the text, in the order given (blank text: none). */
    List<OrgUnitRecord> containing(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int[] rarest = null;
        Set<String> grams = new LinkedHashSet<>();
        if (text.length() == 1) {
            grams.add(text);
        } else {
            pairs(text, grams);
        }
        for (String gram : grams) {
            int[] positions = postings.get(gram);
            if (positions == null) {
                return List.of();
            }
            if (rarest == null || positions.length < rarest.length) {
                rarest = positions;
            }
        }
        List<OrgUnitRecord> found = new ArrayList<>();
        for (int position : rarest) {
            OrgUnitRecord u = units.get(position);
            if (contains(u.getName(), text) || contains(u.getShortName(), text)) {
                found.add(u);
            }
        }
        return found;
    }

    private static boolean contains(String name, String text) {
        return name != null && name.contains(text);
    }

    private static void grams(String name, Set<String> into) {
        if (name == null) {
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            into.add(name.substring(i, i + 1));
        }
        pairs(name, into);
    }

    private static void pairs(String s, Set<String> into) {
        for (int i = 0; i + 1 < s.length(); i++) {
            into.add(s.substring(i, i + 2));
        }
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
