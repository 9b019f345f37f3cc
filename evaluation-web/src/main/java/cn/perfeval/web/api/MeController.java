package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;
import cn.perfeval.workflow.org.Passwords;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    record Me(String username, String displayName, long unitId, String unitName, String unitType, List<String> roles,
              boolean mustChangePassword) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final Passwords passwords;

    MeController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/api/me")
    Me me() {
        PlatformUser user = CurrentActor.userOrNull();
        return new Me(user.getUsername(), user.displayName(), user.unitId(), user.unitName(), user.unitType(),
                user.roles().stream().sorted().map(Enum::name).toList(), user.mustChangePassword());
    }

    /** The user's own new password ({@code {currentPassword, newPassword}}); 204, or 400 naming the field. */
    @PostMapping(path = "/api/me/password", consumes = "application/json")
    ResponseEntity<Void> changePassword(HttpServletRequest request, @RequestBody PasswordChange body) {
        passwords.changeOwn(CurrentActor.of(request), body.currentPassword(), body.newPassword());
        PlatformUser.passwordChangedInSession(request);
        return ResponseEntity.noContent().build();
    }
}
