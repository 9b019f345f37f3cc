package cn.perfeval.workflow.common;

import java.util.List;

import cn.perfeval.domain.common.Limits;

/**
 * The domain's text limits ({@link Limits.Text}) applied where a use case takes text from a person (comments, reasons,
 * opinions, names): too long is a 400 naming the field as the page labels it, before anything is stored.
 */
public final class BoundedText {

    private BoundedText() {
    }

    public static void require(Limits.Text kind, String text, String label, String path) {
        Limits.check(kind, text, label).ifPresent(message -> {
            throw UseCaseException.invalid("TEXT_TOO_LONG", message, List.of(ErrorDetail.at(path, message)));
        });
    }
}
