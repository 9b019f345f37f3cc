package cn.perfeval.workflow.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads are used: the trail is append-only. */
@Mapper
public interface AuditEventMapper extends BaseMapper<AuditEventRecord> {
}
