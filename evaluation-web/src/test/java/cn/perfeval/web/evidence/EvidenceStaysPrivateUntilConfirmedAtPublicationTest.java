package cn.perfeval.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.EvidenceSamples;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, point 4: evidence is 内部 unless the submitter marks it 可公开; at publication the publisher sees the files
 * offered and confirms or withholds each (保密审查); the public reaches only the confirmed ones, every other file
 * answers 404; withdrawing the publication makes them internal again; the review is in the audit trail.
 */
class EvidenceStaysPrivateUntilConfirmedAtPublicationTest extends RunningPlatformTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    EvidenceService evidence;

    @Test
    void onlyTheFilesThePublisherConfirmedReachThePublic() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        int year = 2071;
        campaigns.open(Scenes.actor(directory, "admin"), new CampaignService.OpenCampaign(year,
                year + "年度绩效自评（佐证公开" + unit.name() + "）", "yuhua-2020", LocalDateTime.now().plusDays(30), 3,
                List.of(unit.id())));
        Actor submitter = Scenes.actor(directory, unit.submitter());
        long id = Scenes.importSeed(evaluations, jdbc, submitter, unit, year);
        long voucher = evidence.upload(submitter, id, null, "记账凭证.pdf", EvidenceSamples.pdf(2000)).id();
        long photo = evidence.upload(submitter, id, null, "现场照片.png", EvidenceSamples.png(30, 30), true).id();
        long ledger = evidence.upload(submitter, id, "2.1.1", "台账.png", EvidenceSamples.png(40, 40)).id();
        // the submitter offers the ledger too, over the API, then the publisher will withhold it
        Response offered = http().postJson("/api/evaluations/" + id + "/evidence/" + ledger + "/visibility",
                unit.submitter(), "{\"public\":true}");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.json().path("publicRequested").asBoolean()).isTrue();
        assertThat(http().postJson("/api/evaluations/" + id + "/evidence/" + ledger + "/visibility",
                "finance.reviewer", "{\"public\":true}").status()).isIn(403, 404);

        approvals.submit(submitter, id, Scenes.SEED_WARNINGS, null);
        approvals.approve(Scenes.actor(directory, unit.reviewer()), Scenes.openTask(tasks, jdbc, id).getId(),
                ApprovalRequest.withComment("同意"));
        approvals.approve(Scenes.actor(directory, "finance.reviewer"), Scenes.openTask(tasks, jdbc, id).getId(),
                new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));

        // 保密审查: the publisher is shown the two files offered, not the internal voucher
        Response review = http().get("/api/evaluations/" + id + "/publication-evidence", "publisher");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("现场照片.png", "台账.png").doesNotContain("记账凭证.pdf");
        // a file the unit kept internal cannot be confirmed, and nothing is published then
        Response notOffered = http().postJson("/api/evaluations/" + id + "/publish", "publisher",
                "{\"publicEvidenceIds\":[" + voucher + "]}");
        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.json().path("code").asString()).isEqualTo("EVIDENCE_NOT_OFFERED");
        assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id))
                .isEqualTo("APPROVED");

        Response published = http().postJson("/api/evaluations/" + id + "/publish", "publisher",
                "{\"publicEvidenceIds\":[" + photo + "]}");
        assertThat(published.status()).isEqualTo(200);

        Response page = http().getWithCookie("/public/evaluations/" + id, null);
        assertThat(page.body()).contains("现场照片.png").doesNotContain("记账凭证.pdf").doesNotContain("台账.png");
        assertThat(publicFile(id, photo)).isEqualTo(200);
        assertThat(publicFile(id, voucher)).isEqualTo(404);
        assertThat(publicFile(id, ledger)).isEqualTo(404);
        assertThat(jdbc.queryForObject("select detail from audit_event where evaluation_id = ? and action = 'PUBLISH'",
                String.class, id)).contains("保密审查", "确认公开佐证材料1个（现场照片.png）", "不予公开1个（台账.png）");

        // withdrawn and published again without a confirmation: nothing is public any more
        assertThat(http().postJson("/api/evaluations/" + id + "/unpublish", "publisher", "{\"reason\":\"更正\"}").status())
                .isEqualTo(200);
        assertThat(http().postJson("/api/evaluations/" + id + "/publish", "publisher", null).status()).isEqualTo(200);
        assertThat(publicFile(id, photo)).isEqualTo(404);
    }

    private int publicFile(long id, long fileId) {
        return http().getWithCookie("/public/evaluations/" + id + "/evidence/" + fileId, null).status();
    }
}
