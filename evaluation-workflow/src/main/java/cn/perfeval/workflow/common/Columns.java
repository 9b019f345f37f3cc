package cn.perfeval.workflow.common;

import java.util.Map;

/** A column of a row read as a map: H2 answers the names in capitals, MySQL and MariaDB as the query wrote them. */
public final class Columns {

    private Columns() {
    }

    public static Object of(Map<String, Object> row, String name) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public static long number(Map<String, Object> row, String name) {
        return ((Number) of(row, name)).longValue();
    }
}
