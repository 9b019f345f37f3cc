package cn.perfeval.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: the JSON API (HTTP Basic or the page session, JSON errors) and the pages (form login, CSRF).
 * Authorisation by unit and evaluation state happens in the use cases, on every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    /** Swagger UI (admin only) sets styles inline from its own script; only its pages allow that, scripts stay 'self'. */
    static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SecurityAudit audit, ApiTokenAuthentication apiTokens) throws Exception {
        withApiTokens(http, apiTokens);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(apiEntryPoint())
                        .accessDeniedHandler(new ExpiredSessionAccessDenied(apiAccessDenied())))
                // Basic callers carry no session cookie to forge; page scripts using the session send the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .addFilterBefore(audit.refusals(), ExceptionTranslationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** Personal API tokens ({@code Authorization: Bearer …}) beside HTTP Basic and the session, on the API only. */
    private static void withApiTokens(HttpSecurity http, ApiTokenAuthentication apiTokens) {
        http.addFilterBefore(apiTokens.filter(),
                org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SecurityAudit audit) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/", "/login", "/public/**", "/css/**", "/js/**",
                                "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/publishing").hasRole("PUBLISHER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(loginSuccess())
                        .failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(audit.logouts()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new ExpiredSessionAccessDenied(
                        new org.springframework.security.web.access.AccessDeniedHandlerImpl())))
                .addFilterBefore(audit.refusals(), ExceptionTranslationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** The same headers on pages and API: a CSP with no inline script or style, no framing by others, no sniffing. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_CSP)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
        // written before the handler runs: a streamed download commits the answer on another thread, and headers
        // added after the chain would race it (a ConcurrentModificationException on the response's headers)
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }

    /**
     * The new CSRF token is made at log-in, once, and stored in the session by that one request: the pages a browser
     * then loads in parallel all read the same token, and none of them writes it (lazily, each made its own and all
     * inserted it into SPRING_SESSION_ATTRIBUTES at once: a duplicate key, Tomcat's 500).
     */
    private static AuthenticationSuccessHandler loginSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/workbench");
        return (request, response, authentication) -> {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** One answer for every failed log-in (wrong password, unknown user, throttled): see {@link LoginMessages}. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static AuthenticationEntryPoint apiEntryPoint() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            // Page scripts say who they are, so the browser does not pop up its own password box.
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"evaluation\", charset=\"UTF-8\"");
            }
            writeJson(response, 401, "UNAUTHENTICATED", request.getHeader("Authorization") == null
                    ? "未登录，请先登录" : LoginMessages.FAILED);
        };
    }

    private static AccessDeniedHandler apiAccessDenied() {
        return (request, response, exception) -> writeJson(response, 403, "FORBIDDEN", "没有权限执行此操作");
    }

    static void writeJson(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String body = "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":[]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
