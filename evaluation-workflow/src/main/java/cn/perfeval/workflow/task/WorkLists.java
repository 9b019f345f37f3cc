package cn.perfeval.workflow.task;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.EvaluationStatus;
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

    private final TaskInbox inbox;
    private final WorkListMapper lists;
    private final OrgDirectory directory;

    public WorkLists(TaskInbox inbox, WorkListMapper lists, OrgDirectory directory) {
        this.inbox = inbox;
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

    /**
     * The open tasks are Flowable's, filtered by what our rows say; a person's open tasks are few (their unit's or
     * their bureau's reviews), so they are filtered and paged here rather than by a join across the engine's tables.
     */
    private Page<WorkItem> todo(Actor actor, Filter f, PageRequest page) {
        List<TaskInbox.TaskView> all = inbox.openTasks(actor).stream()
                .filter(t -> f.unitName() == null || t.unitName().contains(f.unitName()))
                .filter(t -> f.year() == null || t.year() == f.year())
                .filter(t -> f.status() == null || f.status().waitingOn().map(s -> s.name().equals(t.step())).orElse(false))
                .filter(t -> f.campaignId() == null || f.campaignId().equals(t.campaignId()))
                .sorted(Comparator.comparing(TaskInbox.TaskView::since)).toList();
        List<WorkItem> items = all.stream().skip(page.offset()).limit(page.size()).map(t -> new WorkItem(t.evaluationId(),
                t.unitName(), t.year(), t.status(), t.statusLabel(), t.campaignId(), t.step(), t.stepLabel(), null, null,
                t.since(), t.href(), t.taskId())).toList();
        return Page.of(items, all.size(), page);
    }

    private Page<WorkItem> rows(List<WorkRow> rows, long total, PageRequest page) {
        Map<String, String> names = new HashMap<>();
        List<WorkItem> items = rows.stream().map(r -> {
            EvaluationStatus status = EvaluationStatus.valueOf(r.getStatus());
            String by = r.getActor() == null ? null : names.computeIfAbsent(r.getActor(), login ->
                    directory.findAccount(login).map(UserAccount::displayName).orElse(login));
            String label = r.getAction() == null ? null : AuditAction.valueOf(r.getAction()).label();
            return new WorkItem(r.getEvaluationId(), r.getUnitName(), r.getEvaluationYear(), status.name(), status.label(),
                    r.getCampaignId(), r.getAction(), label, by, r.getDetail(), r.getActedAt(),
                    "/evaluations/" + r.getEvaluationId() + (cn.perfeval.domain.evaluation.Lifecycle.isInReview(status)
                            ? "/review" : ""), null);
        }).toList();
        return Page.of(items, total, page);
    }
}
