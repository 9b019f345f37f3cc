package cn.perfeval.workflow.support;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * EXPLAIN of a statement as it was sent: which of the watched tables it reads whole. On H2 the plan names a
 * "tableScan"; on MariaDB a row of type ALL over a table of at least {@code fewRows} rows (a table of a few rows is
 * scanned by the optimizer's choice, not for want of an index).
 */
public final class Plans {

    private final JdbcTemplate jdbc;
    private final List<String> watched;
    private final long fewRows;
    private final boolean h2;

    public Plans(JdbcTemplate jdbc, List<String> watched, long fewRows) {
        this.jdbc = jdbc;
        this.watched = watched;
        this.fewRows = fewRows;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            this.h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean h2() {
        return h2;
    }

    /** Whether the statement reads (FROM, JOIN), changes (UPDATE, DELETE FROM) one of the watched tables. */
    public boolean touchesWatched(String sql) {
        return watched.stream().anyMatch(t -> Pattern.compile("\\b(from|join|update)\\s+" + t + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(sql).find());
    }

    public List<String> fullScans(String sql, List<Object> args) {
        List<String> found = new ArrayList<>();
        if (h2) {
            List<String> plan = jdbc.queryForList("EXPLAIN " + sql, String.class, args.toArray());
            for (String table : watched) {
                if (plan.stream().anyMatch(p -> p.toUpperCase(Locale.ROOT).contains(table.toUpperCase(Locale.ROOT) + ".TABLESCAN"))) {
                    found.add(table + " in " + sql + "\n" + String.join("\n", plan));
                }
            }
            return found;
        }
        for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + sql, args.toArray())) {
            String table = String.valueOf(row.get("table"));
            String type = String.valueOf(row.get("type"));
            String real = aliasOf(sql, table);
            long rows = estimatedRows(row.get("rows"));
            if ("ALL".equalsIgnoreCase(type) && watched.contains(real) && rows >= fewRows) {
                found.add(real + " (" + table + ") in " + sql + " → " + row);
            }
        }
        return found;
    }

    /** MariaDB writes "22 (0%)" where a rowid filter narrows the rows read: the number before it is the estimate. */
    static long estimatedRows(Object rows) {
        if (rows == null) {
            return Long.MAX_VALUE;
        }
        var m = Pattern.compile("^\\s*(\\d+)").matcher(String.valueOf(rows));
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /** The table an EXPLAIN row names, through the statement's alias. */
    private String aliasOf(String sql, String tableOrAlias) {
        var m = Pattern.compile("\\b(\\w+)\\s+(?:as\\s+)?" + Pattern.quote(tableOrAlias) + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql);
        while (m.find()) {
            if (watched.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return tableOrAlias.toLowerCase(Locale.ROOT);
    }
}
