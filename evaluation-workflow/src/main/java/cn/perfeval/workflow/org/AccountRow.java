package cn.perfeval.workflow.org;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;

/**
 * One row of an account read in one statement: the user, their unit and one of their roles (a user with three roles
 * is three rows). Log-in and API tokens read an account this way on every attempt, instead of three reads.
 */
public class AccountRow {

    /** The columns and joins of an account read; a query adds its own FROM head and WHERE. */
    public static final String COLUMNS = "u.id AS user_id, u.username, u.display_name, u.password_hash, "
            + "u.enabled AS user_enabled, u.locked_until, u.must_change_password, o.id AS unit_id, o.name AS unit_name, "
            + "o.unit_type, o.enabled AS unit_enabled, r.role";
    public static final String JOINS = " JOIN org_unit o ON o.id = u.unit_id LEFT JOIN user_role r ON r.user_id = u.id ";

    private Long userId;
    private String username;
    private String displayName;
    private String passwordHash;
    private Boolean userEnabled;
    private LocalDateTime lockedUntil;
    private Boolean mustChangePassword;
    private Long unitId;
    private String unitName;
    private String unitType;
    private Boolean unitEnabled;
    private String role;

    /** The account the rows of one user make, if any. */
    public static Optional<UserAccount> account(List<? extends AccountRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AccountRow first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(AccountRow::getRole).filter(r -> r != null).forEach(r -> roles.add(Role.valueOf(r)));
        return Optional.of(new UserAccount(first.userId, first.username, first.displayName, first.passwordHash,
                Boolean.TRUE.equals(first.userEnabled) && Boolean.TRUE.equals(first.unitEnabled), first.lockedUntil,
                first.unitId, first.unitName, first.unitType, roles, Boolean.TRUE.equals(first.mustChangePassword)));
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Boolean getUserEnabled() { return userEnabled; }
    public void setUserEnabled(Boolean userEnabled) { this.userEnabled = userEnabled; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(LocalDateTime lockedUntil) { this.lockedUntil = lockedUntil; }
    public Boolean getMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(Boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getUnitType() { return unitType; }
    public void setUnitType(String unitType) { this.unitType = unitType; }
    public Boolean getUnitEnabled() { return unitEnabled; }
    public void setUnitEnabled(Boolean unitEnabled) { this.unitEnabled = unitEnabled; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}
