package cn.perfeval.workflow.org;

import java.time.LocalDateTime;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

/** A user as security and the use cases see them: with their unit and roles. */
public record UserAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
                          LocalDateTime lockedUntil, long unitId, String unitName, String unitType, Set<Role> roles,
                          boolean mustChangePassword) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
