package cn.perfeval.workflow.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/** Counts the SQL statements the current thread runs between {@link #reset()} and reading the counts. */
public final class Statements implements QueryExecutionListener {

    public static final Statements LISTENER = new Statements();

    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

    public static final class Counts {
        public final AtomicInteger selects = new AtomicInteger();
        public final AtomicInteger writes = new AtomicInteger();
        public final List<String> sql = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Each statement as sent, with the values bound to it (of its first batch entry), for EXPLAIN. */
        public final List<Bound> bound = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** How many statements read from the table (FROM or JOIN it). */
        public long readsOf(String table) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\b(from|join)\\s+" + table + "\\b");
            return sql.stream().filter(q -> q.startsWith("select") && p.matcher(q).find()).count();
        }

        public int total() {
            return selects.get() + writes.get();
        }
    }

    /** A statement as sent and its bound values in order. */
    public record Bound(String sql, List<Object> args) {
    }

    public static void reset() {
        COUNTS.set(new Counts());
    }

    public static Counts current() {
        return COUNTS.get();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        for (QueryInfo query : queryInfoList) {
            String sql = query.getQuery().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            current().sql.add(sql);
            List<Object> args = new java.util.ArrayList<>();
            if (!query.getParametersList().isEmpty()) {
                query.getParametersList().get(0).stream()
                        .sorted(java.util.Comparator.comparingInt(op -> (Integer) op.getArgs()[0]))
                        .forEach(op -> args.add(op.getArgs().length > 1 ? op.getArgs()[1] : null));
            }
            current().bound.add(new Bound(query.getQuery(), args));
            if (sql.startsWith("select")) {
                current().selects.incrementAndGet();
            } else {
                current().writes.incrementAndGet();
            }
        }
    }
}
