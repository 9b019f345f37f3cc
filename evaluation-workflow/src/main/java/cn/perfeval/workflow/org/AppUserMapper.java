package cn.perfeval.workflow.org;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on app_user. */
@Mapper
public interface AppUserMapper extends BaseMapper<AppUserRecord> {

    default Optional<AppUserRecord> findByUsername(String username) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(AppUserRecord.class)
                .eq(AppUserRecord::getUsername, username)));
    }

    /** Users whose user name or name holds the pattern or whose unit is among the named ones; everyone without one. */
    String MATCHING = "<if test='like != null'> WHERE username LIKE #{like} OR display_name LIKE #{like}"
            + "<if test='units != null and units.size() &gt; 0'> OR unit_id IN "
            + "<foreach collection='units' item='u' open='(' separator=',' close=')'>#{u}</foreach></if></if>";

    /**
     * One page of them by unit and user name: the page's ids from the index app_user (unit_id, username), then their
     * rows (MariaDB sorted the whole table for SELECT * with ORDER BY … LIMIT rather than read the index).
     */
    @org.apache.ibatis.annotations.Select("<script>SELECT a.* FROM app_user a JOIN (SELECT id FROM app_user" + MATCHING
            + " ORDER BY unit_id, username LIMIT #{size} OFFSET #{offset}) p ON p.id = a.id"
            + " ORDER BY a.unit_id, a.username</script>")
    List<AppUserRecord> matchingPage(@org.apache.ibatis.annotations.Param("like") String like,
                                     @org.apache.ibatis.annotations.Param("units") Collection<Long> unitIds,
                                     @org.apache.ibatis.annotations.Param("offset") long offset,
                                     @org.apache.ibatis.annotations.Param("size") int size);

    @org.apache.ibatis.annotations.Select("<script>SELECT COUNT(*) FROM app_user" + MATCHING + "</script>")
    long matchingCount(@org.apache.ibatis.annotations.Param("like") String like,
                       @org.apache.ibatis.annotations.Param("units") Collection<Long> unitIds);

    /** The enabled users of a unit among the given ids. */
    default List<AppUserRecord> enabledOfUnit(long unitId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : selectList(Wrappers.lambdaQuery(AppUserRecord.class)
                .eq(AppUserRecord::getUnitId, unitId).eq(AppUserRecord::getEnabled, true)
                .in(AppUserRecord::getId, ids).orderByAsc(AppUserRecord::getId));
    }

    /** The enabled people of the given units, in one read (whom a copy may go to). */
    default List<AppUserRecord> enabledOfUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : selectList(Wrappers.lambdaQuery(AppUserRecord.class)
                .in(AppUserRecord::getUnitId, unitIds).eq(AppUserRecord::getEnabled, true).orderByAsc(AppUserRecord::getId));
    }

    default void setEnabled(long id, boolean enabled) {
        update(null, Wrappers.lambdaUpdate(AppUserRecord.class).eq(AppUserRecord::getId, id)
                .set(AppUserRecord::getEnabled, enabled));
    }

    /** A new password; {@code mustChange} when an administrator chose it, so the user picks their own at log-in. */
    default void setPassword(long id, String hash, LocalDateTime at, boolean mustChange) {
        update(null, Wrappers.lambdaUpdate(AppUserRecord.class).eq(AppUserRecord::getId, id)
                .set(AppUserRecord::getPasswordHash, hash).set(AppUserRecord::getFailedAttempts, 0)
                .set(AppUserRecord::getLockedUntil, null).set(AppUserRecord::getPasswordChangedAt, at)
                .set(AppUserRecord::getMustChangePassword, mustChange));
    }

    /** The enabled users of one unit holding any of the roles, each once. */
    @org.apache.ibatis.annotations.Select("<script>SELECT u.* FROM app_user u WHERE u.unit_id = #{unitId} AND u.enabled = TRUE "
            + "AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role IN "
            + "<foreach collection='roles' item='r' open='(' separator=',' close=')'>#{r}</foreach>) ORDER BY u.id</script>")
    List<AppUserRecord> enabledOfUnitWithAnyRole(@org.apache.ibatis.annotations.Param("unitId") long unitId,
                                                 @org.apache.ibatis.annotations.Param("roles") List<String> roles);

    /** The enabled users of several units holding the role: who a reminder to many units reaches, in one read. */
    @org.apache.ibatis.annotations.Select("<script>SELECT u.* FROM app_user u WHERE u.enabled = TRUE AND u.unit_id IN "
            + "<foreach collection='units' item='id' open='(' separator=',' close=')'>#{id}</foreach> "
            + "AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = #{role}) ORDER BY u.unit_id, u.id</script>")
    List<AppUserRecord> enabledOfUnitsWithRole(@org.apache.ibatis.annotations.Param("units") java.util.Collection<Long> unitIds,
                                               @org.apache.ibatis.annotations.Param("role") String role);

    /** A user with their unit and roles, in one read (every log-in attempt). */
    @org.apache.ibatis.annotations.Select("SELECT " + AccountRow.COLUMNS + " FROM app_user u" + AccountRow.JOINS
            + "WHERE u.username = #{username}")
    List<AccountRow> accountByUsername(@org.apache.ibatis.annotations.Param("username") String username);

    @org.apache.ibatis.annotations.Select("SELECT " + AccountRow.COLUMNS + " FROM app_user u" + AccountRow.JOINS
            + "WHERE u.id = #{id}")
    List<AccountRow> accountById(@org.apache.ibatis.annotations.Param("id") long id);
}
