package cn.perfeval.domain.report;

import java.util.List;

import cn.perfeval.domain.common.Problem;

/** The paragraphs of a document the unit wrote (its 附件3 in Word), in order, or why the file cannot be read. */
public record DocumentParagraphs(List<OutlineMatcher.Paragraph> paragraphs, List<Problem> problems) {

    public DocumentParagraphs {
        paragraphs = List.copyOf(paragraphs);
        problems = List.copyOf(problems);
    }
}
