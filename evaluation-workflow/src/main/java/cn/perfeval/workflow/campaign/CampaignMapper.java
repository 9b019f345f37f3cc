package cn.perfeval.workflow.campaign;

import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every query on campaign. */
@Mapper
public interface CampaignMapper extends BaseMapper<CampaignRecord> {

    String OPEN = "OPEN";
    /** Closed by the bureau: no new submissions until it is reopened. */
    String CLOSED = "CLOSED";

    default List<CampaignRecord> newestFirst() {
        return selectList(Wrappers.lambdaQuery(CampaignRecord.class)
                .orderByDesc(CampaignRecord::getCampaignYear).orderByDesc(CampaignRecord::getId));
    }

    default void setProcessInstance(long id, String processInstanceId) {
        update(null, Wrappers.lambdaUpdate(CampaignRecord.class).eq(CampaignRecord::getId, id)
                .set(CampaignRecord::getProcessInstanceId, processInstanceId));
    }

    default void setStatus(long id, String status) {
        update(null, Wrappers.lambdaUpdate(CampaignRecord.class).eq(CampaignRecord::getId, id)
                .set(CampaignRecord::getStatus, status));
    }

    default long countOfYear(int year) {
        return selectCount(Wrappers.lambdaQuery(CampaignRecord.class).eq(CampaignRecord::getCampaignYear, year));
    }

    /** The open campaigns that include the unit, latest year first. */
    @Select("SELECT c.* FROM campaign c JOIN campaign_unit cu ON cu.campaign_id = c.id "
            + "WHERE cu.unit_id = #{unitId} AND c.status = 'OPEN' ORDER BY c.campaign_year DESC, c.id DESC")
    List<CampaignRecord> openFor(@Param("unitId") long unitId);

    default Optional<CampaignRecord> latestOpenFor(long unitId) {
        return openFor(unitId).stream().findFirst();
    }

    String VISIBLE = " FROM campaign c WHERE EXISTS (SELECT 1 FROM campaign_unit cu"
            + "<if test='bureau != null'> JOIN org_unit u ON u.id = cu.unit_id</if>"
            + " WHERE cu.campaign_id = c.id"
            + "<if test='bureau != null'> AND u.parent_id = #{bureau}</if>"
            + "<if test='bureau == null'> AND cu.unit_id = #{unit}</if>)";

    /** One page of the campaigns over a bureau's units (bureau given) or asking one unit, newest first. */
    @Select("<script>SELECT c.*" + VISIBLE + " ORDER BY c.campaign_year DESC, c.id DESC LIMIT #{size} OFFSET #{offset}</script>")
    List<CampaignRecord> visiblePage(@Param("bureau") Long bureau, @Param("unit") Long unit, @Param("offset") long offset,
                                     @Param("size") int size);

    @Select("<script>SELECT COUNT(*)" + VISIBLE + "</script>")
    long visibleCount(@Param("bureau") Long bureau, @Param("unit") Long unit);
}
