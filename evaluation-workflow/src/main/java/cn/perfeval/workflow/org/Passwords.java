package cn.perfeval.workflow.org;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password, by its owner or by an administrator: {@link PasswordPolicy}, not one of the last
 * {@value PasswordPolicy#HISTORY}, kept in the history; one an administrator chose must be changed at the next log-in.
 */
@Service
public class Passwords {

    private final AppUserMapper users;
    private final PasswordHistoryMapper history;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final KeptAccounts accounts;

    public Passwords(AppUserMapper users, PasswordHistoryMapper history, PasswordEncoder encoder, LoginThrottle throttle,
                     AuditTrail audit, Clock clock, KeptAccounts accounts) {
        this.accounts = accounts;
        this.users = users;
        this.history = history;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's own change: the current password proves it is them; the new one must follow every rule. */
    @Transactional
    public void changeOwn(Actor actor, String currentPassword, String newPassword) {
        AppUserRecord user = users.selectById(actor.userId());
        if (user == null) {
            throw UseCaseException.notFound("USER_NOT_FOUND", "用户不存在");
        }
        List<ErrorDetail> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(ErrorDetail.at("currentPassword", "当前密码不正确"));
        }
        problem(user, newPassword).ifPresent(message -> problems.add(ErrorDetail.at("newPassword", message)));
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("INVALID_PASSWORD", "密码未修改：" + problems.get(0).message(), problems);
        }
        store(user, newPassword, false);
        audit.record(actor, AuditAction.PASSWORD_CHANGE, null, null, "用户修改了自己的密码");
    }

    /** An administrator's choice (a new user, a reset): checked the same way, and to be changed at the next log-in. */
    @Transactional
    public void setByAdministrator(long userId, String newPassword) {
        AppUserRecord user = users.selectById(userId);
        problem(user, newPassword).ifPresent(message -> {
            throw UseCaseException.invalid("INVALID_PASSWORD", message, List.of(ErrorDetail.at("password", message)));
        });
        store(user, newPassword, true);
        throttle.clearAccount(user.getUsername());
    }

    /** A user an administrator has just created: their first password is the administrator's, to be changed. */
    @Transactional
    public void createdByAdministrator(AppUserRecord created) {
        users.setPassword(created.getId(), created.getPasswordHash(), created.getPasswordChangedAt(), true);
        accounts.changed();
        PasswordHistoryRecord entry = new PasswordHistoryRecord();
        entry.setUserId(created.getId());
        entry.setPasswordHash(created.getPasswordHash());
        entry.setChangedAt(created.getPasswordChangedAt());
        history.insert(entry);
    }

    /** What is wrong with a new password for this user, the history included. */
    java.util.Optional<String> problem(AppUserRecord user, String newPassword) {
        java.util.Optional<String> rule = PasswordPolicy.problem(user.getUsername(), newPassword);
        if (rule.isPresent()) {
            return rule;
        }
        boolean reused = encoder.matches(newPassword, user.getPasswordHash())
                || history.latest(user.getId(), PasswordPolicy.HISTORY).stream()
                        .anyMatch(old -> encoder.matches(newPassword, old.getPasswordHash()));
        return reused ? java.util.Optional.of("新密码不得与最近 5 次使用过的密码相同") : java.util.Optional.empty();
    }

    private void store(AppUserRecord user, String newPassword, boolean mustChange) {
        LocalDateTime now = LocalDateTime.now(clock);
        String hash = encoder.encode(newPassword);
        users.setPassword(user.getId(), hash, now, mustChange);
        accounts.changed();
        PasswordHistoryRecord entry = new PasswordHistoryRecord();
        entry.setUserId(user.getId());
        entry.setPasswordHash(hash);
        entry.setChangedAt(now);
        history.insert(entry);
    }
}
