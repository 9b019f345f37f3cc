package cn.perfeval.workflow.process;

import java.util.List;
import java.util.Map;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Groups of the form {@code unit:{unitId}:{ROLE}}: the unit's own submitters and internal reviewers, and the finance
 * reviewers and publishers of the bureau above it (its parent unit).
 */
@Component
@ConditionalOnProperty(name = "eval.workflow.candidate-strategy", havingValue = "unit-role", matchIfMissing = true)
class UnitRoleCandidateStrategy implements TaskCandidateStrategy {

    @Override
    public Map<String, Object> candidateVariables(OrgUnitRecord unit) {
        long bureau = unit.bureauId();
        return Map.of(
                "submitterGroup", group(unit.getId(), Role.SUBMITTER),
                "internalReviewerGroup", group(unit.getId(), Role.INTERNAL_REVIEWER),
                "financeReviewerGroup", group(bureau, Role.FINANCE_REVIEWER),
                "publisherGroup", group(bureau, Role.PUBLISHER));
    }

    @Override
    public List<String> groupsOf(Actor actor) {
        return actor.roles().stream().map(role -> group(actor.unitId(), role)).toList();
    }

    static String group(long unitId, Role role) {
        return "unit:" + unitId + ":" + role.name();
    }
}
