package cn.perfeval.workflow.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The task a move just created, remembered for the rest of its transaction: the evaluation a move answers with names
 * its open task, and the engine created it moments before, so it is not queried back. Anything else that touches the
 * task in the same transaction (completed, deleted, assigned) makes it forgotten, and the query answers instead.
 */
@Component
class TasksOfThisTransaction implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration>,
        FlowableEventListener {

    private static final Object KEY = TasksOfThisTransaction.class;

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                ? new HashMap<>() : new HashMap<>(configuration.getTypedEventListeners());
        for (FlowableEngineEventType type : List.of(FlowableEngineEventType.TASK_CREATED,
                FlowableEngineEventType.TASK_COMPLETED, FlowableEngineEventType.TASK_ASSIGNED,
                FlowableEngineEventType.ENTITY_DELETED)) {
            List<FlowableEventListener> listeners = new ArrayList<>(typed.getOrDefault(type.name(), List.of()));
            listeners.add(this);
            typed.put(type.name(), listeners);
        }
        configuration.setTypedEventListeners(typed);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof Task task)
                || task.getProcessInstanceId() == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<String, Task> created = bound();
        if (event.getType() == FlowableEngineEventType.TASK_CREATED && task.getCreateTime() != null) {
            created.put(task.getProcessInstanceId(), task);
        } else {
            created.remove(task.getProcessInstanceId());
        }
    }

    /** The task created in this transaction for this process and not touched since, if any. */
    static Optional<Task> createdNow(String processInstanceId) {
        @SuppressWarnings("unchecked")
        Map<String, Task> created = (Map<String, Task>) TransactionSynchronizationManager.getResource(KEY);
        return created == null ? Optional.empty() : Optional.ofNullable(created.get(processInstanceId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Task> bound() {
        Map<String, Task> created = (Map<String, Task>) TransactionSynchronizationManager.getResource(KEY);
        if (created == null) {
            Map<String, Task> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            created = fresh;
        }
        return created;
    }

    /** A failure here only costs the query it would have saved; it never fails the move. */
    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
