package cn.perfeval.web.ui.evaluation;

import java.util.List;

import cn.perfeval.workflow.evaluation.EvaluationView;

/** The step bar: 填报 → 单位内部审核 → 财政局评审 → 已通过 → 已公开, with where the evaluation stands. */
public record Steps(List<Step> steps) {

    public record Step(String label, String state) {
    }

    private static final List<String> ORDER = List.of("DRAFT", "INTERNAL_REVIEW", "FINANCE_REVIEW", "APPROVED",
            "PUBLISHED");
    private static final List<String> LABELS = List.of("填报", "单位内部审核", "财政局评审", "审核通过", "公开发布");

    static Steps of(EvaluationView e) {
        int at = "RETURNED".equals(e.status()) ? 0 : ORDER.indexOf(e.status());
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < ORDER.size(); i++) {
            String state = i < at ? "done" : i == at ? ("RETURNED".equals(e.status()) ? "current returned" : "current") : "";
            if ("PUBLISHED".equals(e.status()) && i == at) {
                state = "done";
            }
            steps.add(new Step(i == 0 && "RETURNED".equals(e.status()) ? "已退回·修改" : LABELS.get(i), state));
        }
        return new Steps(steps);
    }
}
