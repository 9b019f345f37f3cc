package cn.perfeval.workflow.org;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on user_role. */
@Mapper
public interface UserRoleMapper extends BaseMapper<UserRoleRecord> {

    default List<UserRoleRecord> ofUser(long userId) {
        return selectList(Wrappers.lambdaQuery(UserRoleRecord.class).eq(UserRoleRecord::getUserId, userId));
    }

    default List<Long> usersWithRole(String role) {
        return selectList(Wrappers.lambdaQuery(UserRoleRecord.class).eq(UserRoleRecord::getRole, role))
                .stream().map(UserRoleRecord::getUserId).toList();
    }

    default boolean anyWithRole(String role) {
        return selectCount(Wrappers.lambdaQuery(UserRoleRecord.class).eq(UserRoleRecord::getRole, role)) > 0;
    }

    default void deleteOfUser(long userId) {
        delete(Wrappers.lambdaQuery(UserRoleRecord.class).eq(UserRoleRecord::getUserId, userId));
    }
}
