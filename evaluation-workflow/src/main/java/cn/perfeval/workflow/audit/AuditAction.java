package cn.perfeval.workflow.audit;

/** Every action workflow.md asks the trail to keep, with the Chinese word people read. */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILURE("登录失败"),
    ACCOUNT_LOCKED("账号锁定"),
    LOGOUT("退出登录"),
    SESSION_EXPIRED("会话超时"),
    ACCESS_DENIED("拒绝访问"),
    PASSWORD_CHANGE("修改密码"),
    TOKEN_CREATE("创建接口令牌"),
    TOKEN_REVOKE("撤销接口令牌"),
    CREATE("创建"),
    IMPORT("导入"),
    SAVE("保存"),
    SUBMIT("提交"),
    WITHDRAW("撤回"),
    APPROVE("通过"),
    RETURN("退回"),
    SCORE_CHANGE("评审改分"),
    TRANSFER("转办"),
    DELEGATE("委派"),
    RESOLVE("办结委派"),
    COPY("抄送"),
    PUBLISH("公开发布"),
    UNPUBLISH("撤回公开"),
    REMIND("催报"),
    OVERDUE("逾期"),
    CAMPAIGN_OPEN("发起评价任务"),
    CAMPAIGN_CHANGE("变更评价任务"),
    ADMIN_CHANGE("系统管理");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
