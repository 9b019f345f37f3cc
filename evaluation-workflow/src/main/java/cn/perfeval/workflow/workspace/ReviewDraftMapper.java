package cn.perfeval.workflow.workspace;

import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on review_draft: one reviewer's typing on one task. */
@Mapper
public interface ReviewDraftMapper extends BaseMapper<ReviewDraftRecord> {

    default Optional<ReviewDraftRecord> of(String taskId, String username) {
        return Optional.ofNullable(selectOne(Wrappers.lambdaQuery(ReviewDraftRecord.class)
                .eq(ReviewDraftRecord::getTaskId, taskId).eq(ReviewDraftRecord::getUsername, username)));
    }

    /** Written out: every decision runs it, and the generic wrapper's script cost more than the statement. */
    @org.apache.ibatis.annotations.Delete("DELETE FROM review_draft WHERE task_id = #{task}")
    int deleteOfTask(@org.apache.ibatis.annotations.Param("task") String taskId);
}
