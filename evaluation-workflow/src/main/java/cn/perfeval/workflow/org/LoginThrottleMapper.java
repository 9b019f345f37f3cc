package cn.perfeval.workflow.org;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on login_throttle; counts change only by compare-and-set, so parallel attempts each see their own. */
@Mapper
public interface LoginThrottleMapper extends BaseMapper<LoginThrottleRecord> {

    /**
     * Moves a key from the count it was read at to the next; answers false when another attempt was first (or, with
     * {@code onlyIfFree}, when the key is waiting), and the caller reads again.
     */
    default boolean compareAndSet(String key, int seen, int next, LocalDateTime blockedUntil, LocalDateTime now,
                                  boolean onlyIfFree) {
        return update(null, Wrappers.lambdaUpdate(LoginThrottleRecord.class)
                .eq(LoginThrottleRecord::getThrottleKey, key)
                .eq(LoginThrottleRecord::getFailures, seen)
                .and(onlyIfFree, w -> w.isNull(LoginThrottleRecord::getBlockedUntil).or()
                        .le(LoginThrottleRecord::getBlockedUntil, now))
                .set(LoginThrottleRecord::getFailures, next)
                .set(LoginThrottleRecord::getBlockedUntil, blockedUntil)
                .set(LoginThrottleRecord::getUpdatedAt, now)) == 1;
    }

    default void clear(String key) {
        deleteById(key);
    }

    /** Every key of one account (the account's own and each of its account-and-address pairs). */
    default void clearAccount(String accountKey, String pairPrefix) {
        delete(Wrappers.lambdaQuery(LoginThrottleRecord.class).eq(LoginThrottleRecord::getThrottleKey, accountKey)
                .or().likeRight(LoginThrottleRecord::getThrottleKey, pairPrefix));
    }
}
