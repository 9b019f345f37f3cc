package cn.perfeval.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.org.UserAccount;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.evaluation.EvaluationMapper;
import cn.perfeval.workflow.editing.EvaluationEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's year: the 2020 campaign for both street offices (deadline 60 days ahead, so the demo is not overdue)
 * and 高桥's 2020 evaluation as a draft imported from the seed. Each is added only where missing.
 */
@Component
class DemoEvaluations {

    static final int DEMO_YEAR = 2020;
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);

    private final OrgDirectory directory;
    private final CampaignService campaigns;
    private final EvaluationEditing evaluations;
    private final CampaignMapper campaignRows;
    private final EvaluationMapper evaluationRows;
    private final Clock clock;

    DemoEvaluations(OrgDirectory directory, CampaignService campaigns, EvaluationEditing evaluations,
                    CampaignMapper campaignRows, EvaluationMapper evaluationRows, Clock clock) {
        this.directory = directory;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.campaignRows = campaignRows;
        this.evaluationRows = evaluationRows;
        this.clock = clock;
    }

    void load() {
        OrgUnitRecord gaoqiao = directory.findUnitByCode(DemoDataInitializer.GAOQIAO_CODE).orElse(null);
        OrgUnitRecord guitang = directory.findUnitByCode(DemoDataInitializer.GUITANG_CODE).orElse(null);
        if (gaoqiao == null || guitang == null) {
            return;
        }
        // 高桥's draft first: the campaign then attaches it, and gives 圭塘 its blank draft
        if (evaluationRows.countOfUnitInYear(gaoqiao.getId(), DEMO_YEAR) == 0) {
            evaluations.importDocument(actor("gaoqiao.submitter"), fixture());
            log.info("演示数据：已导入高桥街道2020年度自评草稿");
        }
        if (campaignRows.countOfYear(DEMO_YEAR) == 0) {
            campaigns.open(actor("admin"), new CampaignService.OpenCampaign(DEMO_YEAR, "2020年度部门整体支出绩效自评",
                    "yuhua-2020", LocalDate.now(clock).plusDays(60).atTime(17, 30), 3,
                    List.of(gaoqiao.getId(), guitang.getId())));
            log.info("演示数据：已发起2020年度评价任务（高桥、圭塘），圭塘街道得到空白草稿");
        }
    }

    private Actor actor(String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), a.roles(), "demo");
    }

    private static String fixture() {
        try (InputStream in = DemoEvaluations.class.getResourceAsStream("/demo/gaoqiao-2020.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
