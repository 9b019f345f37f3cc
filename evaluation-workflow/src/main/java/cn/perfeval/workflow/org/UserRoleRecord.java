package cn.perfeval.workflow.org;

import com.baomidou.mybatisplus.annotation.TableName;

@TableName("user_role")
public class UserRoleRecord {

    private Long userId;
    private String role;

    public UserRoleRecord() {
    }

    public UserRoleRecord(Long userId, String role) {
        this.userId = userId;
        this.role = role;
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}
