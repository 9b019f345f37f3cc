package cn.perfeval.workflow.org;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on user_role. */
@Mapper
public interface UserRoleMapper extends BaseMapper<UserRoleRecord> {

    /** The roles of these users, in one read (a page of the administrator's user list). */
    default List<UserRoleRecord> ofUsers(java.util.Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of()
                : selectList(Wrappers.lambdaQuery(UserRoleRecord.class).in(UserRoleRecord::getUserId, userIds));
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
