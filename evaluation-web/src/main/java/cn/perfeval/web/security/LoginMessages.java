package cn.perfeval.web.security;

/** What a failed log-in is told: one sentence for every reason, so nobody learns which accounts exist. */
final class LoginMessages {

    static final String FAILED = "用户名或密码错误；多次失败后须稍候再试";

    private LoginMessages() {
    }
}
