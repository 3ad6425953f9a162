package io.srebench.task.tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Column names of a TSV file with a name-to-index lookup (first occurrence wins for duplicate names). */
final class TsvHeader {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    TsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    List<String> names() {
        return names;
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }
}
