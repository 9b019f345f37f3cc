package cn.perfeval.workflow.org;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A row of login_throttle: the attempts counted for one key and until when further attempts wait. */
@TableName("login_throttle")
public class LoginThrottleRecord {

    @TableId(type = IdType.INPUT)
    private String throttleKey;
    private Integer failures;
    private LocalDateTime blockedUntil;
    private LocalDateTime updatedAt;

    public String getThrottleKey() { return throttleKey; }
    public void setThrottleKey(String throttleKey) { this.throttleKey = throttleKey; }
    public Integer getFailures() { return failures; }
    public void setFailures(Integer failures) { this.failures = failures; }
    public LocalDateTime getBlockedUntil() { return blockedUntil; }
    public void setBlockedUntil(LocalDateTime blockedUntil) { this.blockedUntil = blockedUntil; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
