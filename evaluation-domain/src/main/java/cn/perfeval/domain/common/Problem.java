package cn.perfeval.domain.common;

import java.util.Objects;

/** One thing wrong with an input document: where it is (a JSON path such as {@code $.basicData.staffing.actualHeadcount}) and what is wrong, in Chinese. */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + "：" + message;
    }
}
