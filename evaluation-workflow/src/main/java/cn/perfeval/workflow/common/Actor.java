package cn.perfeval.workflow.common;

import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

/** Who is acting, as every use case needs it: identity, unit, roles and the address the request came from. */
public record Actor(long userId, String username, String displayName, long unitId, String unitType,
                    Set<Role> roles, String remoteAddress) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isFinanceBureau() {
        return "FINANCE_BUREAU".equals(unitType);
    }
}
