package cn.perfeval.workflow.task;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four work lists of a Chinese OA: 待办 (the person's open tasks), 已办 (every action they took, not only the last
 * per evaluation), 抄送我的 and 我发起的; each searchable by unit name, filtered by year, status and campaign, paged.
 */
@Service
@Transactional(readOnly = true)
public class WorkLists {

    public enum Kind {
        TODO("待办"), DONE("已办"), COPIED("抄送我的"), MINE("我发起的");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The filters of a list; a blank unit name searches nothing. */
    public record Filter(String unitName, Integer year, EvaluationStatus status, Long campaignId) {

        public Filter {
            unitName = unitName == null || unitName.isBlank() ? null : unitName.strip();
            BoundedText.require(cn.perfeval.domain.common.Limits.Text.NAME, unitName, "单位名称", "unitName");
        }

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** One line of a list: the evaluation, what is to do or was done, by whom (a name), when, and where to go. */
    public record WorkItem(long evaluationId, String unitName, int year, String status, String statusLabel,
                           Long campaignId, String action, String actionLabel, String by, String detail,
                           LocalDateTime at, String href, String taskId) {
    }

    private final ApprovalProcess process;
    private final WorkListMapper lists;
    private final OrgDirectory directory;

    public WorkLists(ApprovalProcess process, WorkListMapper lists, OrgDirectory directory) {
        this.process = process;
        this.lists = lists;
        this.directory = directory;
    }

    public Page<WorkItem> of(Actor actor, Kind kind, Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.NONE : filter;
        String status = f.status() == null ? null : f.status().name();
        return switch (kind) {
            case TODO -> todo(actor, f, page);
            case DONE -> rows(lists.done(actor.username(), f.unitName(), f.year(), status, f.campaignId(), page.offset(),
                    page.size()), lists.countDone(actor.username(), f.unitName(), f.year(), status, f.campaignId()), page);
            case COPIED -> rows(lists.copied(actor.username(), f.unitName(), f.year(), status, f.campaignId(),
                    page.offset(), page.size()), lists.countCopied(actor.username(), f.unitName(), f.year(), status,
                    f.campaignId()), page);
            case MINE -> rows(lists.mine(actor.username(), f.unitName(), f.year(), status, f.campaignId(), page.offset(),
                    page.size()), lists.countMine(actor.username(), f.unitName(), f.year(), status, f.campaignId()), page);
        };
    }

    /** 待办, filtered, ordered (oldest task first) and paged in SQL over the engine's open tasks. */
    private Page<WorkItem> todo(Actor actor, Filter f, PageRequest page) {
        List<String> groups = process.candidateGroupsOf(actor);
        List<String> keys = f.status() == null ? null
                : f.status().waitingOn().map(ApprovalProcess::taskKeysOf).orElse(List.of());
        List<Long> named = f.unitName() == null || f.unitName().isBlank() ? null
                : directory.unitIdsNamed(f.unitName(), u -> true, EvaluationReading.NAMED_UNITS);
        if (keys != null && keys.isEmpty() || named != null && named.isEmpty()) {
            return Page.of(List.of(), 0, page);
        }
        List<TodoRow> rows = lists.todo(groups, actor.username(), named, f.year(), keys, f.campaignId(),
                page.offset(), page.size());
        if (rows.isEmpty()) {
            return Page.of(List.of(), page.offset() == 0 ? 0
                    : lists.countTodo(groups, actor.username(), named, f.year(), keys, f.campaignId()), page);
        }
        return Page.of(rows.stream().map(this::todoItem).toList(), rows.get(0).getTotal(), page);
    }

    private WorkItem todoItem(TodoRow r) {
        EvaluationStatus status = EvaluationStatus.valueOf(r.getStatus());
        Step step = ApprovalProcess.stepOfKey(r.getDefinitionKey());
        String unitName = directory.findUnit(r.getUnitId()).map(cn.perfeval.workflow.org.OrgUnitRecord::getName).orElse("");
        return new WorkItem(r.getEvaluationId(), unitName, r.getEvaluationYear(), status.name(), status.label(),
                r.getCampaignId(), step.name(), step.label(), null, null,
                LocalDateTime.ofInstant(r.getSince().toInstant(), PersistenceConfiguration.ZONE),
                Workbench.hrefFor(r.getEvaluationId(), status), r.getTaskId());
    }

    private Page<WorkItem> rows(List<WorkRow> rows, long total, PageRequest page) {
        Map<String, String> names = new HashMap<>();
        List<WorkItem> items = rows.stream().map(r -> {
            EvaluationStatus status = EvaluationStatus.valueOf(r.getStatus());
            String by = r.getActor() == null ? null : names.computeIfAbsent(r.getActor(), login ->
                    directory.findAccount(login).map(UserAccount::displayName).orElse(login));
            String label = r.getAction() == null ? null : AuditAction.valueOf(r.getAction()).label();
            String unitName = directory.findUnit(r.getUnitId()).map(cn.perfeval.workflow.org.OrgUnitRecord::getName).orElse("");
        return new WorkItem(r.getEvaluationId(), unitName, r.getEvaluationYear(), status.name(), status.label(),
                    r.getCampaignId(), r.getAction(), label, by, r.getDetail(), r.getActedAt(),
                    "/evaluations/" + r.getEvaluationId() + (cn.perfeval.domain.evaluation.Lifecycle.isInReview(status)
                            ? "/review" : ""), null);
        }).toList();
        return Page.of(items, total, page);
    }
}
