package cn.perfeval.workflow.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import org.springframework.stereotype.Component;

/**
 * The finance bureau's review of one round: a review score per indicator beside the self-score (within [0, weight],
 * with a reason wherever it differs), the review grade and an opinion. Unscored indicators keep the self-score.
 */
@Component
public class FinanceReview {

    public record Outcome(ReviewGrade grade, BigDecimal total, String opinion, Map<String, BigDecimal> scores,
                          Map<String, String> reasons, List<String> changed) {
    }

    /** Validates the whole review, listing every problem at once (422); nothing is stored when there is one. */
    public Outcome validate(ApprovalRequest request, Evaluation evaluation, IndicatorTemplate template) {
        List<ErrorDetail> problems = new ArrayList<>();
        Map<String, ApprovalRequest.ReviewScoreInput> given = request.reviewScores() == null ? Map.of() : request.reviewScores();
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        given.forEach((code, input) -> {
            String path = "$.reviewScores['" + code + "']";
            Optional<Indicator> leaf = template.leaf(code);
            if (leaf.isEmpty()) {
                problems.add(ErrorDetail.at(path, "指标模板中没有末级指标“" + code + "”"));
                return;
            }
            if (input == null || input.score() == null) {
                problems.add(ErrorDetail.at(path + ".score", "请填写“" + code + " " + leaf.get().name() + "”的评审得分"));
                return;
            }
            BigDecimal weight = leaf.get().weight();
            if (input.score().signum() < 0 || input.score().compareTo(weight) > 0) {
                problems.add(ErrorDetail.at(path + ".score", "“" + code + " " + leaf.get().name() + "”的评审得分"
                        + input.score().toPlainString() + "应在0到" + Decimals.plain(weight) + "分之间"));
                return;
            }
            BigDecimal self = evaluation.scoreSheet().selfScore(code).orElse(null);
            boolean differs = self == null || self.compareTo(input.score()) != 0;
            String reason = input.reason() == null ? null : input.reason().strip();
            if (differs && (reason == null || reason.isEmpty())) {
                problems.add(ErrorDetail.at(path + ".reason", "“" + code + " " + leaf.get().name() + "”的评审得分"
                        + input.score().toPlainString() + "与自评得分" + (self == null ? "（未填）" : self.toPlainString())
                        + "不同，须说明理由"));
                return;
            }
            if (differs) {
                changed.add(code);
            }
            result.put(code, input.score().setScale(2, RoundingMode.HALF_UP));
            if (reason != null && !reason.isEmpty()) {
                reasons.put(code, reason);
            }
        });
        ReviewGrade grade = null;
        if (request.reviewGrade() == null || request.reviewGrade().isBlank()) {
            problems.add(ErrorDetail.at("$.reviewGrade", "请给出评审等级（优、良、中、低、差）"));
        } else {
            grade = parseGrade(request.reviewGrade().strip()).orElse(null);
            if (grade == null) {
                problems.add(ErrorDetail.at("$.reviewGrade", "评审等级“" + request.reviewGrade() + "”无效，应为优、良、中、低、差之一"));
            }
        }
        String opinion = request.opinion() == null ? "" : request.opinion().strip();
        if (opinion.isEmpty()) {
            problems.add(ErrorDetail.at("$.opinion", "请填写评审意见"));
        }
        if (!problems.isEmpty()) {
            throw UseCaseException.unprocessable("REVIEW_INCOMPLETE", "评审内容不完整或有误，共" + problems.size() + "处", problems);
        }
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator leaf : template.leaves()) {
            BigDecimal score = result.containsKey(leaf.code()) ? result.get(leaf.code())
                    : evaluation.scoreSheet().selfScore(leaf.code()).orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            all.put(leaf.code(), score);
            total = total.add(score);
        }
        return new Outcome(grade, total.setScale(2, RoundingMode.HALF_UP), opinion, all, reasons, changed);
    }

    public static Optional<ReviewGrade> parseGrade(String text) {
        return ReviewGrade.fromLabel(text).or(() -> Arrays.stream(ReviewGrade.values())
                .filter(g -> g.name().equalsIgnoreCase(text)).findFirst());
    }
}
