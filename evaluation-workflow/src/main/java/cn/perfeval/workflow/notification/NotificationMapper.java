package cn.perfeval.workflow.notification;

import java.time.LocalDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on notification: a person's notices, newest first, and their read marks. */
@Mapper
public interface NotificationMapper extends BaseMapper<NotificationRecord> {

    default List<NotificationRecord> of(long userId, boolean unreadOnly, long offset, int limit) {
        return selectList(Wrappers.lambdaQuery(NotificationRecord.class).eq(NotificationRecord::getUserId, userId)
                .isNull(unreadOnly, NotificationRecord::getReadAt)
                .orderByDesc(NotificationRecord::getCreatedAt).orderByDesc(NotificationRecord::getId)
                .last("LIMIT " + limit + " OFFSET " + offset));
    }

    default long count(long userId, boolean unreadOnly) {
        return selectCount(Wrappers.lambdaQuery(NotificationRecord.class).eq(NotificationRecord::getUserId, userId)
                .isNull(unreadOnly, NotificationRecord::getReadAt));
    }

    default long unreadCount(long userId) {
        return selectCount(Wrappers.lambdaQuery(NotificationRecord.class).eq(NotificationRecord::getUserId, userId)
                .isNull(NotificationRecord::getReadAt));
    }

    default int markRead(long userId, Long id, LocalDateTime at) {
        return update(null, Wrappers.lambdaUpdate(NotificationRecord.class).eq(NotificationRecord::getUserId, userId)
                .eq(id != null, NotificationRecord::getId, id).isNull(NotificationRecord::getReadAt)
                .set(NotificationRecord::getReadAt, at));
    }

    /** The task notices of an evaluation are read once its task is handled, by whoever handled it. */
    @org.apache.ibatis.annotations.Update("UPDATE notification SET read_at = #{at} WHERE evaluation_id = #{evaluation} "
            + "AND kind = 'TASK' AND read_at IS NULL")
    int markTaskNoticesRead(@org.apache.ibatis.annotations.Param("evaluation") long evaluationId,
                            @org.apache.ibatis.annotations.Param("at") LocalDateTime at);

    /** One notice to each of several people, in one statement. */
    @org.apache.ibatis.annotations.Insert("<script>INSERT INTO notification (user_id, kind, title, body, evaluation_id, created_at) VALUES "
            + "<foreach collection='rows' item='n' separator=','>(#{n.userId}, #{n.kind}, #{n.title}, #{n.body}, #{n.evaluationId}, "
            + "#{n.createdAt})</foreach></script>")
    int insertAll(@org.apache.ibatis.annotations.Param("rows") List<NotificationRecord> rows);
}
