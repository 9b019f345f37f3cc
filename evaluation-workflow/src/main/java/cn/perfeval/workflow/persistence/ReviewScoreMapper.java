package cn.perfeval.workflow.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReviewScoreMapper extends BaseMapper<ReviewScoreRecord> {
}
