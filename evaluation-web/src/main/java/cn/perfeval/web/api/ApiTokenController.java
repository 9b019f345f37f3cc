package cn.perfeval.web.api;

import java.net.URI;

import cn.perfeval.web.security.ApiTokenAuthentication;
import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.token.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens: create (with the password or the page session; the token is answered once), list, revoke. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record CreateRequest(String name) {
    }

    @PostMapping
    ResponseEntity<ApiTokens.CreatedToken> create(@RequestBody(required = false) CreateRequest body, HttpServletRequest request) {
        if (ApiTokenAuthentication.byToken(request)) {
            // a leaked token must not be able to mint others that outlive its revocation
            throw UseCaseException.forbidden("PASSWORD_REQUIRED", "请使用密码登录后创建令牌");
        }
        ApiTokens.CreatedToken created = tokens.create(CurrentActor.of(request), body == null ? null : body.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id())).body(created);
    }

    @GetMapping
    Page<ApiTokens.TokenView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                   HttpServletRequest request) {
        return tokens.list(CurrentActor.of(request), PageRequest.of(page, size));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, HttpServletRequest request) {
        tokens.revoke(CurrentActor.of(request), id);
        return ResponseEntity.noContent().build();
    }
}
