package cn.perfeval.workflow.org;

import java.util.Set;

import cn.perfeval.workflow.common.Role;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, String password, Long unitId, Set<Role> roles) {
}
