package cn.perfeval.workflow.org;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface OrgUnitMapper extends BaseMapper<OrgUnitRecord> {
}
