package cn.perfeval.workflow.demo;

import java.util.EnumSet;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: the bureau, two street offices and their users (demo mode only), or, outside demo mode, the first
 * administrator from EVAL_ADMIN_PASSWORD. Idempotent: a second start on the same database adds nothing.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
public class DemoDataInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);
    public static final String BUREAU_CODE = "yuhua-czj";
    public static final String GAOQIAO_CODE = "gaoqiao";
    public static final String GUITANG_CODE = "guitang";

    private final DemoProperties properties;
    private final OrgDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final DemoEvaluations evaluations;

    public DemoDataInitializer(DemoProperties properties, OrgDirectory directory, PasswordEncoder passwordEncoder,
                               TransactionTemplate transaction, DemoEvaluations evaluations) {
        this.properties = properties;
        this.evaluations = evaluations;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            transaction.executeWithoutResult(status -> loadDemo());
            transaction.executeWithoutResult(status -> evaluations.load());
        } else {
            transaction.executeWithoutResult(status -> ensureFirstAdmin());
        }
    }

    private OrgUnitRecord bureau() {
        return directory.findUnitByCode(BUREAU_CODE).orElseGet(() -> directory.createUnit(BUREAU_CODE,
                "长沙市雨花区财政局", "雨花区财政局", OrgUnitRecord.FINANCE_BUREAU, null));
    }

    private void loadDemo() {
        if (directory.findAccount("admin").isPresent()) {
            secondFinanceReviewer();
            return;
        }
        log.info("载入演示数据：雨花区财政局、高桥街道办事处、圭塘街道办事处及演示账号（密码 {}）", DemoProperties.DEMO_PASSWORD);
        OrgUnitRecord bureau = bureau();
        OrgUnitRecord gaoqiao = directory.createUnit(GAOQIAO_CODE, "长沙市雨花区高桥街道办事处", "高桥街道办事处",
                OrgUnitRecord.STREET_OFFICE, bureau.getId());
        OrgUnitRecord guitang = directory.createUnit(GUITANG_CODE, "长沙市雨花区圭塘街道办事处", "圭塘街道办事处",
                OrgUnitRecord.STREET_OFFICE, bureau.getId());
        String hash = passwordEncoder.encode(DemoProperties.DEMO_PASSWORD);
        directory.createUser("gaoqiao.submitter", "高桥填报员", hash, gaoqiao.getId(), EnumSet.of(Role.SUBMITTER));
        directory.createUser("gaoqiao.reviewer", "高桥审核人", hash, gaoqiao.getId(), EnumSet.of(Role.INTERNAL_REVIEWER));
        directory.createUser("guitang.submitter", "圭塘填报员", hash, guitang.getId(), EnumSet.of(Role.SUBMITTER));
        directory.createUser("guitang.reviewer", "圭塘审核人", hash, guitang.getId(), EnumSet.of(Role.INTERNAL_REVIEWER));
        directory.createUser("finance.reviewer", "财政局评审人", hash, bureau.getId(), EnumSet.of(Role.FINANCE_REVIEWER));
        directory.createUser("publisher", "财政局发布人", hash, bureau.getId(), EnumSet.of(Role.PUBLISHER));
        directory.createUser("admin", "系统管理员", hash, bureau.getId(), EnumSet.of(Role.ADMIN));
        secondFinanceReviewer();
    }

    /** A colleague of finance.reviewer, so that 转办 and 委派 can be tried; added to demo databases made before it. */
    private void secondFinanceReviewer() {
        if (directory.findAccount("finance.reviewer2").isEmpty()) {
            directory.createUser("finance.reviewer2", "财政局评审人（二）", passwordEncoder.encode(DemoProperties.DEMO_PASSWORD),
                    bureau().getId(), EnumSet.of(Role.FINANCE_REVIEWER));
        }
    }

    private void ensureFirstAdmin() {
        if (directory.anyUserWithRole(Role.ADMIN)) {
            return;
        }
        String password = properties.admin().initialPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(
                    "没有管理员账号：请用环境变量 EVAL_ADMIN_PASSWORD 给出首个管理员 admin 的密码 (the first admin's password is missing)");
        }
        if (DemoProperties.DEMO_PASSWORD.equals(password)) {
            throw new IllegalStateException(
                    "EVAL_ADMIN_PASSWORD 不能使用演示密码 (the demo password may not be used outside demo mode)");
        }
        OrgUnitRecord bureau = bureau();
        directory.createUser("admin", "系统管理员", passwordEncoder.encode(password), bureau.getId(), Set.of(Role.ADMIN));
        log.info("已创建首个管理员账号 admin");
    }
}
