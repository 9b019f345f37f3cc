package cn.perfeval.workflow.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Likes;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's use cases on units and users; every change is checked here and written to the audit trail. */
@Service
public class OrgAdministration {

    public static final Set<String> UNIT_TYPES = Set.of(OrgUnitRecord.FINANCE_BUREAU, OrgUnitRecord.STREET_OFFICE,
            "DEPARTMENT");
    private static final Set<Role> BUREAU_ROLES = EnumSet.of(Role.FINANCE_REVIEWER, Role.PUBLISHER, Role.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** At most this many units a search of users by unit name looks in; a broader text narrows nothing worth listing. */
    static final int NAMED_UNITS = 1000;
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{1,63}");

    private final OrgUnitMapper units;
    private final AppUserMapper users;
    private final UserRoleMapper roles;
    private final OrgDirectory directory;
    private final PasswordEncoder encoder;
    private final Passwords passwords;
    private final AuditTrail audit;
    private final Clock clock;

    public OrgAdministration(OrgUnitMapper units, AppUserMapper users, UserRoleMapper roles, OrgDirectory directory,
                             PasswordEncoder encoder, Passwords passwords, AuditTrail audit, Clock clock) {
        this.units = units;
        this.users = users;
        this.roles = roles;
        this.directory = directory;
        this.encoder = encoder;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the units whose name, short name or code holds the text (every unit when blank), in id order: from
     * the directory's cache of units, which every request reads anyway, so a province's units cost no read.
     */
    public Page<UnitView> units(Actor actor, String text, PageRequest request) {
        requireAdmin(actor);
        String wanted = text == null ? "" : text.strip();
        List<OrgUnitRecord> matched = wanted.isEmpty() ? directory.allUnits() : directory.allUnits().stream()
                .filter(u -> contains(u.getName(), wanted) || contains(u.getShortName(), wanted) || contains(u.getCode(), wanted))
                .toList();
        return Page.slice(matched, request).map(UnitView::of);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * One page of the users, by unit and user name, whose user name or name holds the text or whose unit's name does
     * (everyone when blank): paged in SQL, their roles read for the page in one statement.
     */
    @Transactional(readOnly = true)
    public Page<UserSummary> users(Actor actor, String text, PageRequest request) {
        requireAdmin(actor);
        String wanted = text == null ? "" : text.strip();
        String like = wanted.isEmpty() ? null : "%" + Likes.escape(wanted) + "%";
        List<Long> named = like == null ? null
                : directory.unitIdsNamed(wanted, u -> true, NAMED_UNITS);
        long total = users.matchingCount(like, named);
        List<AppUserRecord> shown = total <= request.offset() ? List.of()
                : users.matchingPage(like, named, request.offset(), request.size());
        return Page.of(summaries(shown), total, request);
    }

    /** One unit as the administrator's pages show it, if it exists. */
    public java.util.Optional<UnitView> unit(Actor actor, long unitId) {
        requireAdmin(actor);
        return directory.findUnit(unitId).map(UnitView::of);
    }

    public UserSummary user(Actor actor, long userId) {
        requireAdmin(actor);
        AppUserRecord user = users.selectById(userId);
        if (user == null) {
            throw UseCaseException.notFound("USER_NOT_FOUND", "用户不存在");
        }
        return summaries(List.of(user)).get(0);
    }

    /** The users as the administrator's page shows them, with their units' names and their roles (one read for all). */
    private List<UserSummary> summaries(List<AppUserRecord> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> rolesByUser = new java.util.HashMap<>();
        roles.ofUsers(shown.stream().map(AppUserRecord::getId).toList()).forEach(row -> rolesByUser
                .computeIfAbsent(row.getUserId(), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(row.getRole())));
        LocalDateTime now = LocalDateTime.now(clock);
        return shown.stream().map(u -> new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getUnitId(),
                directory.findUnit(u.getUnitId()).map(OrgUnitRecord::getName).orElse(""), Boolean.TRUE.equals(u.getEnabled()),
                u.getLockedUntil() != null && u.getLockedUntil().isAfter(now), u.getLockedUntil(),
                rolesByUser.getOrDefault(u.getId(), EnumSet.noneOf(Role.class)))).toList();
    }

    @Transactional
    public UserSummary createUser(Actor actor, NewUser input) {
        requireAdmin(actor);
        List<ErrorDetail> problems = new ArrayList<>();
        String username = input.username() == null ? "" : input.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(ErrorDetail.at("username", "用户名须为 3–64 位小写字母、数字或 . _ -，以字母或数字开头"));
        } else if (directory.findAccount(username).isPresent()) {
            problems.add(ErrorDetail.at("username", "用户名“" + username + "”已被使用"));
        }
        if (input.displayName() == null || input.displayName().isBlank()) {
            problems.add(ErrorDetail.at("displayName", "请填写姓名"));
        } else if (input.displayName().trim().length() > 64) {
            problems.add(ErrorDetail.at("displayName", "姓名不能超过 64 个字"));
        }
        PasswordPolicy.problem(username, input.password())
                .ifPresent(message -> problems.add(ErrorDetail.at("password", message)));
        OrgUnitRecord unit = input.unitId() == null ? null : units.selectById(input.unitId());
        if (unit == null) {
            problems.add(ErrorDetail.at("unitId", "请选择所属单位"));
        }
        Set<Role> wanted = input.roles() == null ? Set.of() : input.roles();
        rolesProblem(wanted, unit).ifPresent(message -> problems.add(ErrorDetail.at("roles", message)));
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("INVALID_USER", "用户信息有误，请按提示修改", problems);
        }
        AppUserRecord created = directory.createUser(username, input.displayName().trim(),
                encoder.encode(input.password()), unit.getId(), wanted);
        passwords.createdByAdministrator(created);
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null,
                "创建用户 " + username + "（" + unit.getName() + "，" + labels(wanted) + "）");
        return user(actor, created.getId());
    }

    @Transactional
    public void setEnabled(Actor actor, long userId, boolean enabled) {
        requireAdmin(actor);
        AppUserRecord user = existing(userId);
        if (!enabled && user.getId() == actor.userId()) {
            throw UseCaseException.conflict("CANNOT_DISABLE_SELF", "不能停用自己的账号");
        }
        users.setEnabled(userId, enabled);
        directory.peopleChanged();
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null,
                (enabled ? "启用用户 " : "停用用户 ") + user.getUsername());
    }

    @Transactional
    public void resetPassword(Actor actor, long userId, String newPassword) {
        requireAdmin(actor);
        AppUserRecord user = existing(userId);
        passwords.setByAdministrator(userId, newPassword);
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null,
                "重置用户 " + user.getUsername() + " 的密码（须在下次登录时修改）并解除登录限制");
    }

    @Transactional
    public void setRoles(Actor actor, long userId, Set<Role> wanted) {
        requireAdmin(actor);
        AppUserRecord user = existing(userId);
        Set<Role> safe = wanted == null ? Set.of() : wanted;
        rolesProblem(safe, units.selectById(user.getUnitId())).ifPresent(message -> {
            throw UseCaseException.invalid("INVALID_ROLES", message, List.of(ErrorDetail.at("roles", message)));
        });
        if (user.getId() == actor.userId() && !safe.contains(Role.ADMIN)) {
            throw UseCaseException.conflict("CANNOT_DROP_OWN_ADMIN", "不能取消自己的系统管理员角色");
        }
        roles.deleteOfUser(userId);
        directory.peopleChanged();
        safe.forEach(role -> roles.insert(new UserRoleRecord(userId, role.name())));
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null,
                "设置用户 " + user.getUsername() + " 的角色为：" + labels(safe));
    }

    @Transactional
    public UnitView createUnit(Actor actor, NewUnit input) {
        requireAdmin(actor);
        List<ErrorDetail> problems = new ArrayList<>();
        String code = input.code() == null ? "" : input.code().trim();
        if (!UNIT_CODE.matcher(code).matches()) {
            problems.add(ErrorDetail.at("code", "单位编码须为 2–64 位小写字母、数字、_ 或 -"));
        } else if (directory.findUnitByCode(code).isPresent()) {
            problems.add(ErrorDetail.at("code", "单位编码“" + code + "”已存在"));
        }
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty() || name.length() > 128) {
            problems.add(ErrorDetail.at("name", "请填写单位全称（不超过 128 个字）"));
        } else if (units.nameTaken(name)) {
            problems.add(ErrorDetail.at("name", "单位“" + name + "”已存在"));
        }
        String shortName = input.shortName() == null ? "" : input.shortName().trim();
        if (shortName.isEmpty() || shortName.length() > 64) {
            problems.add(ErrorDetail.at("shortName", "请填写单位简称（不超过 64 个字）"));
        }
        if (input.unitType() == null || !UNIT_TYPES.contains(input.unitType())) {
            problems.add(ErrorDetail.at("unitType", "请选择单位类型"));
        }
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("INVALID_UNIT", "单位信息有误，请按提示修改", problems);
        }
        Long parent = OrgUnitRecord.FINANCE_BUREAU.equals(input.unitType()) ? null
                : directory.allUnits().stream().filter(u -> OrgUnitRecord.FINANCE_BUREAU.equals(u.getUnitType()))
                .map(OrgUnitRecord::getId).findFirst().orElse(null);
        OrgUnitRecord unit = directory.createUnit(code, name, shortName, input.unitType(), parent);
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null, "创建单位 " + name + "（" + code + "）");
        return UnitView.of(unit);
    }

    @Transactional
    public void setUnitEnabled(Actor actor, long unitId, boolean enabled) {
        requireAdmin(actor);
        OrgUnitRecord unit = units.selectById(unitId);
        if (unit == null) {
            throw UseCaseException.notFound("UNIT_NOT_FOUND", "单位不存在");
        }
        if (!enabled && unit.getId() == actor.unitId()) {
            throw UseCaseException.conflict("CANNOT_DISABLE_OWN_UNIT", "不能停用自己所在的单位");
        }
        units.setEnabled(unitId, enabled);
        directory.unitsChanged();
        audit.record(actor, AuditAction.ADMIN_CHANGE, null, null, (enabled ? "启用单位 " : "停用单位 ") + unit.getName());
    }

    public static String unitTypeLabel(String type) {
        return switch (type) {
            case OrgUnitRecord.FINANCE_BUREAU -> "财政局";
            case OrgUnitRecord.STREET_OFFICE -> "街道办事处";
            default -> "区直部门";
        };
    }

    private static java.util.Optional<String> rolesProblem(Set<Role> wanted, OrgUnitRecord unit) {
        if (wanted.isEmpty()) {
            return java.util.Optional.of("请至少选择一个角色");
        }
        if (unit == null) {
            return java.util.Optional.empty();
        }
        boolean bureau = OrgUnitRecord.FINANCE_BUREAU.equals(unit.getUnitType());
        for (Role role : wanted) {
            if (bureau != BUREAU_ROLES.contains(role)) {
                return java.util.Optional.of(bureau
                        ? "财政局用户只能担任财政局评审人、发布人或系统管理员"
                        : "基层单位用户只能担任填报人或单位审核人");
            }
        }
        return java.util.Optional.empty();
    }

    private AppUserRecord existing(long userId) {
        AppUserRecord user = users.selectById(userId);
        if (user == null) {
            throw UseCaseException.notFound("USER_NOT_FOUND", "用户不存在");
        }
        return user;
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw UseCaseException.forbidden("ADMIN_ONLY", "只有系统管理员可以管理单位和用户");
        }
    }

    private static String labels(Set<Role> set) {
        return String.join("、", set.stream().sorted().map(Role::label).toList());
    }
}
