package cn.perfeval.domain.evaluation;

import java.util.Set;

/**
 * A person as the lifecycle sees them beside one evaluation: their roles, how their unit stands to the evaluation's
 * unit, and whether they submitted the round now under review (nobody reviews their own submission).
 */
public record Participant(Set<Role> roles, Relation relation, boolean submittedCurrentRound) {

    public enum Relation {
        /** A person of the evaluation's own unit. */
        OWN_UNIT,
        /** A person of the finance bureau the unit reports to. */
        OVERSEEING_BUREAU,
        OTHER
    }

    public Participant {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
