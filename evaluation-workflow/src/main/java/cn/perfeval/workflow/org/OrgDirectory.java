package cn.perfeval.workflow.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units, users and roles: who exists and where they belong (log-in throttling is {@link LoginThrottle}). */
@Service
public class OrgDirectory {

    private final OrgUnitMapper units;
    private final AppUserMapper users;
    private final UserRoleMapper roles;
    private final Clock clock;

    public OrgDirectory(OrgUnitMapper units, AppUserMapper users, UserRoleMapper roles, Clock clock) {
        this.units = units;
        this.users = users;
        this.roles = roles;
        this.clock = clock;
    }

    public Optional<UserAccount> findAccount(String username) {
        AppUserRecord user = users.findByUsername(username).orElse(null);
        if (user == null) {
            return Optional.empty();
        }
        OrgUnitRecord unit = units.selectById(user.getUnitId());
        return Optional.of(new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getPasswordHash(), Boolean.TRUE.equals(user.getEnabled()) && Boolean.TRUE.equals(unit.getEnabled()),
                user.getLockedUntil(),
                unit.getId(), unit.getName(), unit.getUnitType(), rolesOf(user.getId()),
                Boolean.TRUE.equals(user.getMustChangePassword())));
    }

    public Set<Role> rolesOf(long userId) {
        List<UserRoleRecord> rows = roles.ofUser(userId);
        Set<Role> result = EnumSet.noneOf(Role.class);
        rows.forEach(row -> result.add(Role.valueOf(row.getRole())));
        return result;
    }

    public Optional<OrgUnitRecord> findUnitByCode(String code) {
        return units.findByCode(code);
    }

    public Optional<OrgUnitRecord> findUnit(long id) {
        return Optional.ofNullable(units.selectById(id));
    }

    public List<OrgUnitRecord> allUnits() {
        return units.all();
    }

    public boolean anyUserWithRole(Role role) {
        return roles.anyWithRole(role.name());
    }

    /** Users of a unit holding a role: who gets a task, a reminder or a notice. */
    public Optional<AppUserRecord> userRecord(String username) {
        return users.findByUsername(username);
    }

    public List<AppUserRecord> usersOf(long unitId, Role role) {
        return users.enabledOfUnit(unitId, Set.copyOf(roles.usersWithRole(role.name())));
    }

    @Transactional
    public OrgUnitRecord createUnit(String code, String name, String shortName, String unitType, Long parentId) {
        OrgUnitRecord unit = new OrgUnitRecord();
        unit.setCode(code);
        unit.setName(name);
        unit.setShortName(shortName);
        unit.setUnitType(unitType);
        unit.setParentId(parentId);
        unit.setEnabled(true);
        unit.setCreatedAt(LocalDateTime.now(clock));
        units.insert(unit);
        return unit;
    }

    @Transactional
    public AppUserRecord createUser(String username, String displayName, String passwordHash, long unitId,
                                    Set<Role> userRoles) {
        AppUserRecord user = new AppUserRecord();
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setPasswordHash(passwordHash);
        user.setUnitId(unitId);
        user.setEnabled(true);
        user.setFailedAttempts(0);
        user.setMustChangePassword(false);
        LocalDateTime now = LocalDateTime.now(clock);
        user.setPasswordChangedAt(now);
        user.setCreatedAt(now);
        users.insert(user);
        userRoles.forEach(role -> roles.insert(new UserRoleRecord(user.getId(), role.name())));
        return user;
    }
}
