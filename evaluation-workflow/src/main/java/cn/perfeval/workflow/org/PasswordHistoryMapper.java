package cn.perfeval.workflow.org;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on password_history. */
@Mapper
public interface PasswordHistoryMapper extends BaseMapper<PasswordHistoryRecord> {

    /** A user's most recent earlier passwords, newest first. */
    default List<PasswordHistoryRecord> latest(long userId, int count) {
        return selectList(Wrappers.lambdaQuery(PasswordHistoryRecord.class).eq(PasswordHistoryRecord::getUserId, userId)
                .orderByDesc(PasswordHistoryRecord::getChangedAt).orderByDesc(PasswordHistoryRecord::getId)
                .last("LIMIT " + count));
    }
}
