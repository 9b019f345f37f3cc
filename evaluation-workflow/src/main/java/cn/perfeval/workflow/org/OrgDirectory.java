package cn.perfeval.workflow.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.KeptReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units, users and roles: who exists and where they belong (log-in throttling is {@link LoginThrottle}). */
@Service
public class OrgDirectory {

    private final OrgUnitMapper units;
    private final AppUserMapper users;
    private final UserRoleMapper roles;
    private final Clock clock;
    private final UnitCache cache;
    private final KeptReads recipients = new KeptReads();
    private final KeptAccounts accounts;

    public OrgDirectory(OrgUnitMapper units, AppUserMapper users, UserRoleMapper roles, Clock clock,
                        KeptAccounts accounts) {
        this.accounts = accounts;
        this.units = units;
        this.cache = new UnitCache(units::all);
        this.users = users;
        this.roles = roles;
        this.clock = clock;
    }

    public Optional<UserAccount> findAccount(String username) {
        return AccountRow.account(users.accountByUsername(username));
    }

    /** An account by its id, read as a password login reads it (enabled, unit enabled, lock). */
    public Optional<UserAccount> findAccount(long userId) {
        return AccountRow.account(users.accountById(userId));
    }

    public Optional<OrgUnitRecord> findUnitByCode(String code) {
        return units.findByCode(code);
    }

    /** From the unit cache: for showing and scoping, not for the login check (which reads the row itself). */
    public Optional<OrgUnitRecord> findUnit(long id) {
        Optional<OrgUnitRecord> cached = cache.find(id);
        // a unit created on another instance moments ago: read it rather than wait for the cache to age
        return cached.isPresent() ? cached : Optional.ofNullable(units.selectById(id));
    }

    /** Every unit, from the cache (invalidated on change): lists and filters, never a per-request table read. */
    public List<OrgUnitRecord> allUnits() {
        return cache.all();
    }

    /** The units under a bureau, the bureau itself excluded. */
    public List<OrgUnitRecord> unitsUnder(long bureauId) {
        return cache.all().stream().filter(u -> u.isUnder(bureauId)).toList();
    }

    /** Units whose name or short name contains the text, among those the predicate allows, at most {@code limit}. */
    public List<Long> unitIdsNamed(String text, java.util.function.Predicate<OrgUnitRecord> allowed, int limit) {
        return cache.named(text.strip()).stream().filter(allowed).limit(limit).map(OrgUnitRecord::getId).toList();
    }

    /** A unit was created, renamed, enabled or disabled: the cache is dropped once the change commits. */
    public void unitsChanged() {
        cache.changed();
        accounts.changed();
    }

    public boolean anyUserWithRole(Role role) {
        return roles.anyWithRole(role.name());
    }

    /** Users of a unit holding a role: who gets a task, a reminder or a notice. */
    public Optional<AppUserRecord> userRecord(String username) {
        return users.findByUsername(username);
    }

    public List<AppUserRecord> enabledUsersOf(java.util.Collection<Long> unitIds) {
        return users.enabledOfUnits(unitIds);
    }

    /** The enabled holders of the role in any of the units, read (not kept): a reminder to a campaign's units, by pages. */
    public List<AppUserRecord> usersOf(java.util.Collection<Long> unitIds, Role role) {
        return unitIds.isEmpty() ? List.of() : users.enabledOfUnitsWithRole(unitIds, role.name());
    }

    /** Who is notified, kept: every move asks; people and their roles change a few times a year. */
    public List<AppUserRecord> usersOf(long unitId, Role role) {
        return usersOf(unitId, EnumSet.of(role));
    }

    /** The enabled users of a unit holding any of these roles, each once (kept, see {@link #peopleChanged()}). */
    public List<AppUserRecord> usersOf(long unitId, Set<Role> anyOf) {
        List<String> roleNames = anyOf.stream().map(Role::name).sorted().toList();
        return anyOf.isEmpty() ? List.of() : recipients.get(new Holders(unitId, roleNames),
                () -> List.copyOf(users.enabledOfUnitWithAnyRole(unitId, roleNames)));
    }

    private record Holders(long unitId, List<String> roles) {
    }

    /** A user was added, enabled or disabled, or given other roles: who holds a role is read again. */
    public void peopleChanged() {
        recipients.changed();
        accounts.changed();
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
        unitsChanged();
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
        peopleChanged();
        users.insert(user);
        userRoles.forEach(role -> roles.insert(new UserRoleRecord(user.getId(), role.name())));
        return user;
    }
}
