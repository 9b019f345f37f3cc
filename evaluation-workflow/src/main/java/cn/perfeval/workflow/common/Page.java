package cn.perfeval.workflow.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list as every list endpoint answers it: {@code {items, total, page, size}}. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    /** The requested page of a list already in memory (a page past the end is empty; the total is the list's size). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(from + request.size(), all.size())), all.size(), request);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    /** Pages in all, for the paging controls of a page. */
    public long pages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }
}
