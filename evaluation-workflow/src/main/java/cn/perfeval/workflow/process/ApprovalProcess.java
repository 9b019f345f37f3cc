package cn.perfeval.workflow.process;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.DelegationState;
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
    /** The user tasks of evaluation-approval.bpmn20.xml by their ids. */
    private static final Map<String, Step> STEPS = Map.of("fillIn", Step.FILL_IN, "internalReview", Step.INTERNAL_REVIEW,
            "financeReview", Step.FINANCE_REVIEW, "publish", Step.PUBLISH);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final TaskCandidateStrategy candidates;
    private final RepositoryService repository;
    private final org.flowable.spring.SpringProcessEngineConfiguration engineConfiguration;
    private final OpenTaskMapper openTasks;

    public ApprovalProcess(RuntimeService runtime, TaskService tasks, HistoryService history,
                           TaskCandidateStrategy candidates, RepositoryService repository,
                           org.flowable.spring.SpringProcessEngineConfiguration engineConfiguration,
                           OpenTaskMapper openTasks) {
        this.openTasks = openTasks;
        this.engineConfiguration = engineConfiguration;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.candidates = candidates;
    }

    /**
     * An open task as our use cases and pages see it: {@code assignee} is set once someone transferred it (转办) or
     * delegated it (委派, then {@code owner} is who delegated and {@code delegated} is true until the delegate resolves).
     */
    public record OpenTask(String taskId, Step step, LocalDateTime since, String processInstanceId, String assignee,
                           String owner, boolean delegated) {

        public OpenTask(String taskId, Step step, LocalDateTime since, String processInstanceId) {
            this(taskId, step, since, processInstanceId, null, null, false);
        }

        /** Whether this person may decide it: nobody while it is delegated; only the assignee once it has one. */
        public boolean decidableBy(String username) {
            return !delegated && (assignee == null || assignee.equals(username));
        }
    }

    public static Step stepOf(Task task) {
        return stepOfKey(task.getTaskDefinitionKey());
    }

    /** Starts the path of a new evaluation at its fill-in task, under the id chosen by {@link #newProcessInstanceId}. */
    public void start(long evaluationId, OrgUnitRecord unit, String processInstanceId) {
        Map<String, Object> variables = new HashMap<>(candidates.candidateVariables(unit));
        variables.put("evaluationId", evaluationId);
        variables.put("unitId", unit.getId());
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY).predefineProcessInstanceId(processInstanceId)
                .businessKey(String.valueOf(evaluationId)).variables(variables).start();
    }

    /** An id for a process about to start, made by the engine's own generator, so a row can name it before it exists. */
    public String newProcessInstanceId() {
        return engineConfiguration.getIdGenerator().getNextId();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<OpenTask> openTask(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        Optional<Task> justCreated = TasksOfThisTransaction.createdNow(processInstanceId);
        if (justCreated.isPresent()) {
            return justCreated.map(ApprovalProcess::open);
        }
        return openTasks.ofProcess(processInstanceId).stream().findFirst().map(ApprovalProcess::open);
    }

    /** The open task by id, by its primary key: the engine's task query builds its whole dynamic SQL for this. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<OpenTask> task(String taskId) {
        return Optional.ofNullable(openTasks.byId(taskId)).map(ApprovalProcess::open);
    }

    /** The task the evaluation must be waiting on for this move; anything else means someone else moved it first. */
    public OpenTask require(String processInstanceId, Step expected) {
        return openTask(processInstanceId).filter(t -> t.step() == expected).orElseThrow(() ->
                UseCaseException.conflict("STATE_CHANGED", "该自评的状态已变化，请刷新后重试"));
    }

    /** A task id that is not open: handled by someone already (409), or never ours to know (404). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public UseCaseException gone(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0
                ? UseCaseException.conflict("TASK_ALREADY_HANDLED", "该任务已被他人处理，请刷新后查看最新状态")
                : UseCaseException.notFound("TASK_NOT_FOUND", "任务不存在");
    }

    /** The groups whose unassigned tasks this person may take (their unit's, one per role). */
    public List<String> candidateGroupsOf(Actor actor) {
        return candidates.groupsOf(actor);
    }

    /** The ids of the BPMN's user tasks of a step (a to-do list filtered by status). */
    public static List<String> taskKeysOf(Step step) {
        return STEPS.entrySet().stream().filter(e -> e.getValue() == step).map(Map.Entry::getKey).sorted().toList();
    }

    /** The step of a user task by its id in the BPMN. */
    public static Step stepOfKey(String definitionKey) {
        Step step = STEPS.get(definitionKey);
        if (step == null) {
            throw new IllegalStateException("unknown task " + definitionKey);
        }
        return step;
    }

    /** The open tasks given to one person (转办, 委派) among these evaluations, by evaluation id. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<Long, OpenTask> handedTasks(java.util.Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, OpenTask> byEvaluation = new HashMap<>();
        openTasks.assignedOf(evaluationIds).forEach(t -> byEvaluation.put(t.getEvaluationId(), open(t)));
        return byEvaluation;
    }

    /**
     * The deployed BPMN of this evaluation's process (so a changed BPMN shows itself), with the steps it has passed and
     * the one it waits on.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ProcessPicture picture(String processInstanceId) {
        String definitionId = processInstanceId == null ? null : history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
        if (definitionId == null) {
            definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                    .singleResult().getId();
        }
        Process model = repository.getBpmnModel(definitionId).getMainProcess();
        List<FlowNode> order = new ArrayList<>();
        java.util.ArrayDeque<FlowNode> queue = new java.util.ArrayDeque<>();
        model.findFlowElementsOfType(StartEvent.class).forEach(queue::add);
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (order.contains(node)) {
                continue;
            }
            order.add(node);
            node.getOutgoingFlows().forEach(flow -> {
                if (flow.getTargetFlowElement() instanceof FlowNode next && !order.contains(next)) {
                    queue.add(next);
                }
            });
        }
        java.util.Set<String> passed = new java.util.HashSet<>();
        java.util.Set<String> current = new java.util.HashSet<>();
        if (processInstanceId != null) {
            history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list().forEach(a -> {
                if (a.getEndTime() == null) {
                    current.add(a.getActivityId());
                } else {
                    passed.add(a.getActivityId());
                }
            });
        }
        Map<String, Integer> index = new HashMap<>();
        List<ProcessPicture.Node> nodes = new ArrayList<>();
        for (FlowNode n : order) {
            index.put(n.getId(), nodes.size());
            String kind = n instanceof StartEvent ? "start" : n instanceof Gateway ? "gateway"
                    : n instanceof EndEvent ? "end" : "task";
            ProcessPicture.State state = current.contains(n.getId()) ? ProcessPicture.State.CURRENT
                    : passed.contains(n.getId()) ? ProcessPicture.State.PASSED : ProcessPicture.State.AHEAD;
            nodes.add(new ProcessPicture.Node(n.getId(), n.getName() == null ? "" : n.getName(), kind, state, nodes.size()));
        }
        List<ProcessPicture.Edge> edges = new ArrayList<>();
        for (FlowNode n : order) {
            for (SequenceFlow flow : n.getOutgoingFlows()) {
                Integer from = index.get(flow.getSourceRef());
                Integer to = index.get(flow.getTargetRef());
                if (from != null && to != null) {
                    edges.add(new ProcessPicture.Edge(flow.getSourceRef(), flow.getTargetRef(), from, to, to <= from,
                            flow.getName()));
                }
            }
        }
        return new ProcessPicture(nodes, edges);
    }

    /** 转办: the task becomes this person's alone. */
    public void transfer(OpenTask task, String toUser) {
        tasks.setAssignee(task.taskId(), toUser);
    }

    /** 委派: the task goes to the delegate and comes back to its owner (who decides) when they resolve it. */
    public void delegate(OpenTask task, String owner, String toUser) {
        if (task.assignee() == null) {
            tasks.setAssignee(task.taskId(), owner);
        }
        tasks.delegateTask(task.taskId(), toUser);
    }

    /** The delegate is done: the task is its owner's again. */
    public void resolve(OpenTask task) {
        tasks.resolveTask(task.taskId());
    }

    /** Completes the task with the move as the BPMN's decision variable (the gateways read APPROVE). */
    public void complete(OpenTask task, Move move) {
        tasks.complete(task.taskId(), Map.of("decision", move.name()));
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

    private static OpenTask open(OpenTaskMapper.TaskRow t) {
        return new OpenTask(t.getId(), stepOfKey(t.getDefinitionKey()), LocalDateTime.ofInstant(t.getCreatedAt().toInstant(), PersistenceConfiguration.ZONE),
                t.getProcessInstanceId(), t.getAssignee(), t.getOwner(), DelegationState.PENDING.name().equals(t.getDelegation()));
    }

    private static OpenTask open(Task t) {
        return new OpenTask(t.getId(), stepOf(t), LocalDateTime.ofInstant(t.getCreateTime().toInstant(),
                PersistenceConfiguration.ZONE), t.getProcessInstanceId(), t.getAssignee(), t.getOwner(),
                t.getDelegationState() == DelegationState.PENDING);
    }
}
