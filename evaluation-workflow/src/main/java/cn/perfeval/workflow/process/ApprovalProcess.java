package cn.perfeval.workflow.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation's process instance in Flowable: started, queried and moved only inside our use-case transactions. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ApprovalProcess {

    public static final String PROCESS_KEY = "evaluationApproval";
    static final String PUBLISHED_STATE = "published";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final TaskCandidateStrategy candidates;

    public ApprovalProcess(RuntimeService runtime, TaskService tasks, HistoryService history,
                           TaskCandidateStrategy candidates) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.candidates = candidates;
    }

    /** Starts the path of a new evaluation at its fill-in task; returns the process instance id. */
    public String start(long evaluationId, OrgUnitRecord unit) {
        Map<String, Object> variables = new HashMap<>(candidates.candidateVariables(unit));
        variables.put("evaluationId", evaluationId);
        variables.put("unitId", unit.getId());
        return runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                .businessKey(String.valueOf(evaluationId)).variables(variables).start().getId();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Task> openTask(String processInstanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        return open.stream().findFirst();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean wasHandled(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isCandidate(String taskId, Actor actor) {
        List<String> groups = candidates.groupsOf(actor);
        return !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Task> tasksOf(Actor actor) {
        List<String> groups = candidates.groupsOf(actor);
        if (groups.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByTaskCreateTime().asc().list();
    }

    public void complete(Task task, Decision decision) {
        tasks.complete(task.getId(), Map.of("decision", decision.name()));
    }

    /** Withdrawing a publication: the waiting "published" state moves back to the publisher's task. */
    public void reopenPublication(String processInstanceId) {
        Execution waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId(PUBLISHED_STATE).singleResult();
        if (waiting == null) {
            throw new IllegalStateException("process " + processInstanceId + " is not in its published state");
        }
        runtime.trigger(waiting.getId());
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isWaitingPublished(String processInstanceId) {
        return runtime.createExecutionQuery().processInstanceId(processInstanceId).activityId(PUBLISHED_STATE).count() > 0;
    }
}
