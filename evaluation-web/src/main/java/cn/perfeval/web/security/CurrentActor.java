package cn.perfeval.web.security;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.common.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Turns the authenticated principal and the request into the Actor the use cases check. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PlatformUser user)) {
            throw new UseCaseException(Refusal.UNAUTHENTICATED, "UNAUTHENTICATED", "请先登录");
        }
        return new Actor(user.userId(), user.getUsername(), user.displayName(), user.unitId(), user.unitType(),
                user.roles(), request.getRemoteAddr());
    }

    public static PlatformUser userOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PlatformUser user ? user : null;
    }
}
