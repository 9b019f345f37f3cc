package cn.perfeval.workflow.editing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the worker on (as in production) a large campaign's drafts follow its commit without anyone asking: the poll is
 * an hour away here, so only the wake after the commit can make them. On H2 its own in-memory database, so this
 * context's worker never touches the pending units other tests set up; on MariaDB the run's database (see the test
 * application-mysql.yml), where this context's worker wakes only at its start and after its own openings.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=${eval.test.own-database-url:jdbc:h2:mem:workflow-background-drafts;MODE=MySQL;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH}",
        "eval.campaign-drafts.background=true", "eval.campaign-drafts.inline-limit=2",
        "eval.campaign-drafts.batch-size=2", "eval.campaign-drafts.poll=1h"})
class ALargeCampaignsDraftsFollowItsCommitTest extends UseCaseTest {

    @Autowired
    CampaignService campaigns;

    @Test
    void theDraftsAreMadeAfterTheOpeningCommits() throws InterruptedException {
        OrgUnitRecord bureau = directory.createUnit("bgb", "后台测试财政局", "后台测试局", OrgUnitRecord.FINANCE_BUREAU, null);
        directory.createUser("bgb.admin", "测试管理员", "x", bureau.getId(), EnumSet.of(Role.ADMIN));
        for (int i = 0; i < 5; i++) {
            directory.createUnit("bgbu" + i, "后台测试街道办事处" + i, "后台测试街道" + i, OrgUnitRecord.STREET_OFFICE, bureau.getId());
        }
        long campaign = campaigns.open(actor("bgb.admin"), new CampaignService.OpenCampaign(2025, null, "yuhua-2020",
                LocalDateTime.now().plusDays(20), 3, null, true)).id();

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (pending(campaign) > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertThat(pending(campaign)).as("every draft made by the worker woken after the commit").isZero();
        assertThat(jdbc.queryForList("select id from evaluation where campaign_id = ?", Long.class, campaign))
                .hasSize(5).allSatisfy(id -> assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT));
    }

    private long pending(long campaign) {
        return jdbc.queryForObject("select count(*) from campaign_unit where campaign_id = ? and draft_pending = true",
                Long.class, campaign);
    }
}
