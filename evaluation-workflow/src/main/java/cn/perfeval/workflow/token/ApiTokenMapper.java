package cn.perfeval.workflow.token;

import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.workflow.org.AccountRow;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every query on api_token. */
@Mapper
public interface ApiTokenMapper extends BaseMapper<ApiTokenRecord> {

    /** A token not revoked, with its owner's account, in one read (every request made with a token). */
    @Select("SELECT t.id AS token_id, t.last_used_at AS token_last_used_at, " + AccountRow.COLUMNS
            + " FROM api_token t JOIN app_user u ON u.id = t.user_id" + AccountRow.JOINS
            + "WHERE t.token_hash = #{hash} AND t.revoked_at IS NULL")
    List<BearerRow> bearer(@Param("hash") String hash);

    default List<ApiTokenRecord> ofUser(long userId, long offset, int size) {
        return selectList(Wrappers.lambdaQuery(ApiTokenRecord.class).eq(ApiTokenRecord::getUserId, userId)
                .orderByDesc(ApiTokenRecord::getId).last("LIMIT " + size + " OFFSET " + offset));
    }

    default long countOfUser(long userId) {
        return selectCount(Wrappers.lambdaQuery(ApiTokenRecord.class).eq(ApiTokenRecord::getUserId, userId));
    }

    default long activeOfUser(long userId) {
        return selectCount(Wrappers.lambdaQuery(ApiTokenRecord.class).eq(ApiTokenRecord::getUserId, userId)
                .isNull(ApiTokenRecord::getRevokedAt));
    }

    default int revoke(long userId, long id, LocalDateTime at) {
        return update(null, Wrappers.lambdaUpdate(ApiTokenRecord.class).eq(ApiTokenRecord::getId, id)
                .eq(ApiTokenRecord::getUserId, userId).isNull(ApiTokenRecord::getRevokedAt)
                .set(ApiTokenRecord::getRevokedAt, at));
    }

    default void used(long id, LocalDateTime at) {
        update(null, Wrappers.lambdaUpdate(ApiTokenRecord.class).eq(ApiTokenRecord::getId, id)
                .set(ApiTokenRecord::getLastUsedAt, at));
    }
}
