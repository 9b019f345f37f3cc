package cn.perfeval.workflow.org;

import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, String password, Long unitId, Set<Role> roles) {
}
