package cn.perfeval.workflow.org;

import java.time.LocalDateTime;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

/** A user as the administration pages list them; never the password hash. */
public record UserSummary(long id, String username, String displayName, long unitId, String unitName,
                          boolean enabled, boolean locked, LocalDateTime lockedUntil, Set<Role> roles) {

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    public String roleLabels() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
