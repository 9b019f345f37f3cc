package cn.perfeval.web.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.Scenes;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A finance bureau of a test's own (its administrator, its units), so "every unit under the bureau" is only these. */
public final class Bureaus {

    private Bureaus() {
    }

    /** {@code admin} logs in with the demo password; units are named {@code 测试街道办事处{i}号…}, in id order. */
    public record Bureau(long id, String code, String admin, List<Long> units, List<String> unitNames) {
    }

    public static Bureau withUnits(OrgDirectory directory, PasswordEncoder encoder, int units) {
        String code = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        OrgUnitRecord bureau = directory.createUnit(code, "测试省财政厅" + code, "测试厅" + code,
                OrgUnitRecord.FINANCE_BUREAU, null);
        directory.createUser(code + ".admin", "测试管理员", encoder.encode(Scenes.DEMO_PASSWORD), bureau.getId(),
                EnumSet.of(Role.ADMIN));
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            OrgUnitRecord unit = directory.createUnit(code + "u" + i, "测试街道办事处" + i + "号" + code, "测试街道" + i,
                    OrgUnitRecord.STREET_OFFICE, bureau.getId());
            ids.add(unit.getId());
            names.add(unit.getName());
        }
        return new Bureau(bureau.getId(), code, code + ".admin", List.copyOf(ids), List.copyOf(names));
    }
}
