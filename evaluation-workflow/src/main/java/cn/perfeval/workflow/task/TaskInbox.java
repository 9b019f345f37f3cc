package cn.perfeval.workflow.task;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.workflow.campaign.CampaignCache;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationMapper;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.process.ApprovalProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's open tasks: those whose candidate group the caller belongs to by unit and role. */
@Service
public class TaskInbox {

    private final ApprovalProcess process;
    private final EvaluationMapper evaluations;
    private final CampaignCache campaigns;
    private final OrgDirectory directory;

    public TaskInbox(ApprovalProcess process, EvaluationMapper evaluations, CampaignCache campaigns,
                     OrgDirectory directory) {
        this.process = process;
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.directory = directory;
    }

    public record TaskView(String taskId, long evaluationId, long unitId, String unitName, int year, String step,
                           String stepLabel, int round, LocalDateTime since, LocalDateTime deadline, Long campaignId,
                           String status, String statusLabel, String href) {
    }

    @Transactional(readOnly = true)
    public List<TaskView> openTasks(Actor actor) {
        List<ApprovalProcess.OpenTask> tasks = process.tasksOf(actor);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, EvaluationRecord> byProcess = evaluations.findByProcessInstances(
                        tasks.stream().map(ApprovalProcess.OpenTask::processInstanceId).distinct().toList())
                .stream().collect(Collectors.toMap(EvaluationRecord::getProcessInstanceId, Function.identity()));
        Map<Long, OrgUnitRecord> units = directory.allUnits().stream()
                .collect(Collectors.toMap(OrgUnitRecord::getId, Function.identity()));
        return tasks.stream().filter(t -> byProcess.containsKey(t.processInstanceId())).map(t -> {
            EvaluationRecord e = byProcess.get(t.processInstanceId());
            CampaignRecord campaign = e.getCampaignId() == null ? null : campaigns.find(e.getCampaignId()).orElse(null);
            return new TaskView(t.taskId(), e.getId(), e.getUnitId(), units.get(e.getUnitId()).getName(),
                    e.getEvaluationYear(), t.step().name(), t.step().label(), e.getCurrentRound(), t.since(),
                    campaign == null ? null : campaign.getDeadline(), e.getCampaignId(), e.getStatus().name(),
                    e.getStatus().label(), Lifecycle.isInReview(e.getStatus()) ? "/evaluations/" + e.getId() + "/review"
                            : t.step() == cn.perfeval.domain.evaluation.Step.PUBLISH ? "/publishing"
                            : "/evaluations/" + e.getId());
        }).toList();
    }
}
