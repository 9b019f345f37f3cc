package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.security.PlatformUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    record Me(String username, String displayName, long unitId, String unitName, String unitType, List<String> roles) {
    }

    @GetMapping("/api/me")
    Me me() {
        PlatformUser user = CurrentActor.userOrNull();
        return new Me(user.getUsername(), user.displayName(), user.unitId(), user.unitName(), user.unitType(),
                user.roles().stream().sorted().map(Enum::name).toList());
    }
}
