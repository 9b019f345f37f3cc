package cn.perfeval.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.perfeval.workflow.token.ApiTokens;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer pe_…}: a personal API token stands for its owner on the API, checked on every request
 * (not revoked; owner and unit enabled; not locked) without the password's BCrypt cost and without a session.
 * Not a bean of type Filter, so that Boot does not also register it for every request outside the API chain.
 */
@Component
public class ApiTokenAuthentication {

    /** Request attribute holding the id of the token a request was authenticated with. */
    public static final String TOKEN_ID = ApiTokenAuthentication.class.getName() + ".tokenId";

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenAuthentication(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Whether this request came with a token rather than the password or a page session. */
    public static boolean byToken(HttpServletRequest request) {
        return request.getAttribute(TOKEN_ID) != null;
    }

    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader("Authorization");
                if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<ApiTokens.Bearer> bearer = tokens.authenticate(header.substring(7).strip());
                Optional<PlatformUser> user = bearer.map(ApiTokens.Bearer::account)
                        .map(a -> new PlatformUser(a, a.lockedAt(LocalDateTime.now(clock))))
                        .filter(u -> u.isEnabled() && u.isAccountNonLocked());
                if (user.isEmpty()) {
                    SecurityConfiguration.writeJson(response, 401, "TOKEN_INVALID", "令牌无效或已撤销，或其账号已停用");
                    return;
                }
                request.setAttribute(TOKEN_ID, bearer.get().tokenId());
                SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
                        .authenticated(user.get(), null, user.get().getAuthorities())));
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        };
    }
}
