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

    default int deleteOfTask(String taskId) {
        return delete(Wrappers.lambdaQuery(ReviewDraftRecord.class).eq(ReviewDraftRecord::getTaskId, taskId));
    }
}
