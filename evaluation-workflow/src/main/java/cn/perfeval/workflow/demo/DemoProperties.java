package cn.perfeval.workflow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled        load the demo bureau, offices, users and evaluation (on with the embedded database)
 * @param adminPassword  the first admin's password outside demo mode (from EVAL_ADMIN_PASSWORD)
 */
@ConfigurationProperties("eval")
public record DemoProperties(Demo demo, Admin admin) {

    public static final String DEMO_PASSWORD = "Demo@123456";

    public DemoProperties {
        demo = demo == null ? new Demo(false) : demo;
        admin = admin == null ? new Admin(null) : admin;
    }

    public record Demo(boolean enabled) {
    }

    public record Admin(String initialPassword) {
    }
}
