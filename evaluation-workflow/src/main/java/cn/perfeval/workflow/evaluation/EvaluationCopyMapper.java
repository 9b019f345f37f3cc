package cn.perfeval.workflow.evaluation;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on evaluation_copy: who was given a copy of which evaluation. */
@Mapper
public interface EvaluationCopyMapper extends BaseMapper<EvaluationCopyRecord> {

    default boolean isCopiedTo(long evaluationId, String username) {
        return selectCount(Wrappers.lambdaQuery(EvaluationCopyRecord.class)
                .eq(EvaluationCopyRecord::getEvaluationId, evaluationId)
                .eq(EvaluationCopyRecord::getUsername, username)) > 0;
    }

    /** A person's copies, newest first, one page. */
    default List<EvaluationCopyRecord> copiedTo(String username, long offset, int size) {
        return selectList(Wrappers.lambdaQuery(EvaluationCopyRecord.class).eq(EvaluationCopyRecord::getUsername, username)
                .orderByDesc(EvaluationCopyRecord::getCreatedAt).orderByDesc(EvaluationCopyRecord::getId)
                .last("LIMIT " + size + " OFFSET " + offset));
    }

    default long countCopiedTo(String username) {
        return selectCount(Wrappers.lambdaQuery(EvaluationCopyRecord.class).eq(EvaluationCopyRecord::getUsername, username));
    }
}
