package cn.perfeval.workflow.common;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list the caller asked for: 1-based, 20 rows unless asked, never more than 100. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** The page and size a client sent (either may be missing); out of range is refused with the words of a list page. */
    public static PageRequest of(Integer page, Integer size) {
        List<ErrorDetail> problems = new ArrayList<>();
        if (page != null && page < 1) {
            problems.add(ErrorDetail.at("page", "页码应从1开始"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            problems.add(ErrorDetail.at("size", "每页条数应在1到" + MAX_SIZE + "之间"));
        }
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("PAGE_INVALID", "分页参数有误", problems);
        }
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Rows to skip in SQL. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
