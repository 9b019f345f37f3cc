package cn.perfeval.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;

/** The paging controls of a page: where the list stands and the links to the pages beside it, filters kept. */
public record Paging(int page, int size, long total, long pages, String first, String previous, String next, String last) {

    /** A page's own address bar is read leniently: a page number out of range shows the nearest page, not an error. */
    public static PageRequest request(Integer page, Integer size) {
        int s = size == null || size < 1 ? PageRequest.DEFAULT_SIZE : Math.min(size, PageRequest.MAX_SIZE);
        return new PageRequest(page == null || page < 1 ? 1 : page, s);
    }

    /** A page past the last (an old link, a typed number) shows the last page rather than an empty list. */
    public static <T> Page<T> shown(PageRequest asked, java.util.function.Function<PageRequest, Page<T>> list) {
        Page<T> shown = list.apply(asked);
        long last = Math.max(1, shown.pages());
        return shown.items().isEmpty() && asked.page() > last
                ? list.apply(new PageRequest((int) last, asked.size())) : shown;
    }

    /** {@code query} is the filters as {@code a=1&b=x} (may be empty). */
    public static Paging of(Page<?> shown, String path, String query) {
        return of(shown, path, query, "page");
    }

    /**
     * The controls of one of two lists on a page, whose page goes by its own name ({@code pageParam}; the size is
     * shared); {@code query} keeps the filters and the other list's place.
     */
    public static Paging of(Page<?> shown, String path, String query, String pageParam) {
        long pages = shown.pages();
        String base = path + "?" + (query.isEmpty() ? "" : query + "&")
                + (shown.size() == PageRequest.DEFAULT_SIZE ? "" : "size=" + shown.size() + "&") + pageParam + "=";
        return new Paging(shown.page(), shown.size(), shown.total(), pages,
                shown.page() > 1 ? base + 1 : null,
                shown.page() > 1 ? base + Math.min(shown.page() - 1, pages) : null,
                shown.page() < pages ? base + (shown.page() + 1) : null,
                shown.page() < pages ? base + pages : null);
    }

    /** Pairs of name and value as a query string; missing and blank values are left out. */
    public static String query(Object... namesAndValues) {
        StringJoiner joined = new StringJoiner("&");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                joined.add(namesAndValues[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return joined.toString();
    }
}
