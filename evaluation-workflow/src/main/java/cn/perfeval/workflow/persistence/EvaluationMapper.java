package cn.perfeval.workflow.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface EvaluationMapper extends BaseMapper<EvaluationRecord> {

    /** Serialises decisions on one evaluation: the second of two concurrent deciders waits here, then sees the first's result. */
    @Select("SELECT id FROM evaluation WHERE id = #{id} FOR UPDATE")
    Long lockById(@Param("id") long id);
}
