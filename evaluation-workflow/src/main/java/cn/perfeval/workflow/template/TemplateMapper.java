package cn.perfeval.workflow.template;

import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on indicator_template. */
@Mapper
public interface TemplateMapper extends BaseMapper<TemplateRecord> {

    default Optional<TemplateRecord> findByCode(String code) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(TemplateRecord.class).eq(TemplateRecord::getCode, code)));
    }

    default boolean exists(String code) {
        return selectCount(Wrappers.lambdaQuery(TemplateRecord.class).eq(TemplateRecord::getCode, code)) > 0;
    }

    /** Newest year first; the content is left out, a list does not need it. */
    default List<TemplateRecord> listed() {
        return selectList(Wrappers.lambdaQuery(TemplateRecord.class)
                .select(TemplateRecord::getId, TemplateRecord::getCode, TemplateRecord::getName,
                        TemplateRecord::getTemplateYear, TemplateRecord::getCreatedBy, TemplateRecord::getCreatedAt)
                .orderByDesc(TemplateRecord::getTemplateYear).orderByAsc(TemplateRecord::getCode));
    }
}
