package cn.perfeval.domain.template;

import cn.perfeval.domain.evaluation.ScoreGrade;

/** The score grade given to a total in the range. */
public record GradeBand(Range range, ScoreGrade grade) {
}
