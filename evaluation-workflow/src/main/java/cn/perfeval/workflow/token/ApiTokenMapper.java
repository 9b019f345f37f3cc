package cn.perfeval.workflow.token;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on api_token. */
@Mapper
public interface ApiTokenMapper extends BaseMapper<ApiTokenRecord> {

    default Optional<ApiTokenRecord> findByHash(String hash) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(ApiTokenRecord.class).eq(ApiTokenRecord::getTokenHash, hash)));
    }

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
