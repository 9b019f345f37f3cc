package cn.perfeval.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person: their account, unit and roles, kept in the session. */
public final class PlatformUser implements UserDetails, CredentialsContainer {

    // Sessions are serialised into the database: a fixed id keeps them readable across compatible releases.
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final long unitId;
    private final String unitName;
    private final String unitType;
    private final Set<Role> roles;
    // Added after sessions were first stored: an older stored session reads it as false.
    private boolean mustChangePassword;

    /** The person of an account that is not locked, as the security context holds them. */
    public static PlatformUser of(UserAccount account) {
        return new PlatformUser(account, false);
    }

    PlatformUser(UserAccount account, boolean locked) {
        this.userId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = locked;
        this.unitId = account.unitId();
        this.unitName = account.unitName();
        this.unitType = account.unitType();
        this.roles = Set.copyOf(account.roles());
        this.mustChangePassword = account.mustChangePassword();
    }

    /** The password an administrator chose is still in use: every page leads to the change page, the API refuses. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The user has chosen their own password: the session's copy learns it (the row was changed by the use case). */
    public static void passwordChangedInSession(jakarta.servlet.http.HttpServletRequest request) {
        PlatformUser user = CurrentActor.userOrNull();
        if (user == null) {
            return;
        }
        user.mustChangePassword = false;
        // the session store writes an attribute only when it is set again
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                    .SPRING_SECURITY_CONTEXT_KEY, org.springframework.security.core.context.SecurityContextHolder.getContext());
        }
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String unitType() {
        return unitType;
    }

    public Set<Role> roles() {
        return roles;
    }

    public List<String> roleLabels() {
        return roles.stream().sorted().map(Role::label).toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates, which name roles as text: {@code currentUser.hasRole("ADMIN")}. */
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    public boolean isFinanceBureau() {
        return "FINANCE_BUREAU".equals(unitType);
    }
}
