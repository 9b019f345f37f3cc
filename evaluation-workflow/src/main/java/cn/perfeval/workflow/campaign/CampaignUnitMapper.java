package cn.perfeval.workflow.campaign;

import java.time.LocalDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** Every query on campaign_unit: which units a campaign asks, and where each was reminded or marked overdue. */
@Mapper
public interface CampaignUnitMapper extends BaseMapper<CampaignUnitRecord> {

    default List<CampaignUnitRecord> ofCampaign(long campaignId) {
        return selectList(Wrappers.lambdaQuery(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId)
                .orderByAsc(CampaignUnitRecord::getUnitId));
    }

    default boolean includes(long campaignId, long unitId) {
        return selectCount(Wrappers.lambdaQuery(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId)
                .eq(CampaignUnitRecord::getUnitId, unitId)) > 0;
    }

    default List<CampaignUnitRecord> all() {
        return selectList(null);
    }

    default void reminded(long campaignId, long unitId, LocalDateTime at) {
        update(null, Wrappers.lambdaUpdate(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId)
                .eq(CampaignUnitRecord::getUnitId, unitId).set(CampaignUnitRecord::getRemindedAt, at));
    }

    default void overdue(long campaignId, long unitId, LocalDateTime at) {
        update(null, Wrappers.lambdaUpdate(CampaignUnitRecord.class).eq(CampaignUnitRecord::getCampaignId, campaignId)
                .eq(CampaignUnitRecord::getUnitId, unitId).set(CampaignUnitRecord::getOverdue, true)
                .set(CampaignUnitRecord::getOverdueAt, at));
    }
}
