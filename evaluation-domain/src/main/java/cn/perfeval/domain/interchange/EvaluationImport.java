package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.evaluation.Evaluation;

import java.util.List;
import java.util.Optional;

/** The outcome of reading an evaluation document: the evaluation, or every problem with its JSON path (never both). */
public final class EvaluationImport {

    private final Evaluation evaluation;
    private final List<Problem> problems;

    private EvaluationImport(Evaluation evaluation, List<Problem> problems) {
        this.evaluation = evaluation;
        this.problems = List.copyOf(problems);
    }

    static EvaluationImport of(Evaluation evaluation) {
        return new EvaluationImport(evaluation, List.of());
    }

    static EvaluationImport failed(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed import needs at least one problem");
        }
        return new EvaluationImport(null, problems);
    }

    public boolean isValid() {
        return evaluation != null;
    }

    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    public List<Problem> problems() {
        return problems;
    }

    public Evaluation orElseThrow() {
        if (evaluation == null) {
            throw new IllegalStateException("自评文档有误：" + problems);
        }
        return evaluation;
    }
}
