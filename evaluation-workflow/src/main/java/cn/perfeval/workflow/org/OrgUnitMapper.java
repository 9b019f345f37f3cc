package cn.perfeval.workflow.org;

import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on org_unit. */
@Mapper
public interface OrgUnitMapper extends BaseMapper<OrgUnitRecord> {

    default Optional<OrgUnitRecord> findByCode(String code) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(OrgUnitRecord.class).eq(OrgUnitRecord::getCode, code)));
    }

    default boolean nameTaken(String name) {
        return selectCount(Wrappers.lambdaQuery(OrgUnitRecord.class).eq(OrgUnitRecord::getName, name)) > 0;
    }

    default List<OrgUnitRecord> all() {
        return selectList(Wrappers.lambdaQuery(OrgUnitRecord.class).orderByAsc(OrgUnitRecord::getId));
    }

    default void setEnabled(long id, boolean enabled) {
        update(null, Wrappers.lambdaUpdate(OrgUnitRecord.class).eq(OrgUnitRecord::getId, id)
                .set(OrgUnitRecord::getEnabled, enabled));
    }
}
