package cn.perfeval.workflow.process;

import java.util.List;
import java.util.Map;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.org.OrgUnitRecord;

/**
 * Who may handle each step of an evaluation: computed at run time from the evaluation's unit and the step's role,
 * never written into the BPMN. The strategy is chosen by {@code eval.workflow.candidate-strategy}.
 */
public interface TaskCandidateStrategy {

    /** The process variables naming the candidate group of each step, for an evaluation of this unit. */
    Map<String, Object> candidateVariables(OrgUnitRecord unit);

    /** The groups a person belongs to, matched against the tasks' candidate groups. */
    List<String> groupsOf(Actor actor);
}
