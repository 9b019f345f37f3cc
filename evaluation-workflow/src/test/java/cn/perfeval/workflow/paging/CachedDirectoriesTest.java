package cn.perfeval.workflow.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.campaign.CampaignCache;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.evaluation.EvaluationFilter;
import cn.perfeval.workflow.org.AppUserRecord;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.task.WorkLists;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Units, campaigns and who holds a role come from caches: a list, the inbox and the board read neither table once warm,
 * and a change (a unit created or disabled, a campaign opened or closed, a person added or disabled) is seen by the
 * next read on this instance.
 */
class CachedDirectoriesTest extends UseCaseTest {

    @Autowired
    WorkLists workLists;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignChanges changes;
    @Autowired
    CampaignCache campaignCache;
    @Autowired
    OrgAdministration administration;

    @Test
    void warmReadsTouchNeitherUnitsNorCampaigns() {
        TestUnit unit = newUnit();
        long campaign = campaigns.open(actor("admin"), new CampaignService.OpenCampaign(2020, "缓存测试" + unit.id(),
                "yuhua-2020", LocalDateTime.now().plusDays(30), 3, List.of(unit.id()))).id();
        long id = submitted(unit, 2020);
        Actor reviewer = actor(unit.reviewer());
        Actor bureau = actor("finance.reviewer");
        Actor submitter = actor(unit.submitter());
        todo(reviewer);
        reading.page(bureau, EvaluationFilter.NONE, PageRequest.first());

        Statements.reset();
        assertThat(todo(reviewer)).anySatisfy(t -> {
            assertThat(t.evaluationId()).isEqualTo(id);
            assertThat(t.unitName()).isEqualTo(unit.name());
            assertThat(t.campaignId()).isEqualTo(campaign);
        });
        reading.page(bureau, new EvaluationFilter(null, null, null, null, unit.name().substring(6)), PageRequest.first());
        reading.view(submitter, id);
        assertThat(Statements.current().readsOf("org_unit")).as(String.join("\n", Statements.current().sql)).isZero();
        assertThat(Statements.current().readsOf("campaign")).as(String.join("\n", Statements.current().sql)).isZero();

        // a change is seen at once: the campaign closed, the unit disabled, a new unit listed
        changes.close(actor("admin"), campaign);
        assertThat(campaignCache.find(campaign).orElseThrow().isClosed()).isTrue();
        administration.setUnitEnabled(actor("admin"), unit.id(), false);
        assertThat(directory.findUnit(unit.id()).map(OrgUnitRecord::getEnabled)).contains(false);
        TestUnit another = newUnit();
        assertThat(directory.allUnits()).extracting(OrgUnitRecord::getId).contains(another.id());
        administration.setUnitEnabled(actor("admin"), unit.id(), true);
        assertThat(directory.findUnit(unit.id()).map(OrgUnitRecord::getEnabled)).contains(true);
    }

    @Test
    void whoIsNotifiedIsReadOnceAndAgainAfterPeopleChange() {
        TestUnit unit = newUnit();
        assertThat(directory.usersOf(unit.id(), Role.INTERNAL_REVIEWER)).extracting(AppUserRecord::getUsername)
                .contains(unit.reviewer());
        Statements.reset();
        directory.usersOf(unit.id(), Role.INTERNAL_REVIEWER);
        assertThat(Statements.current().readsOf("app_user")).as("kept").isZero();

        // a reviewer added, then disabled: each seen by the next move's notice at once
        AppUserRecord added = directory.createUser(unit.reviewer() + ".2", "第二审核人", encoder.encode("x"), unit.id(),
                java.util.EnumSet.of(Role.INTERNAL_REVIEWER));
        assertThat(directory.usersOf(unit.id(), Role.INTERNAL_REVIEWER)).extracting(AppUserRecord::getUsername)
                .contains(added.getUsername());
        administration.setEnabled(actor("admin"), added.getId(), false);
        assertThat(directory.usersOf(unit.id(), Role.INTERNAL_REVIEWER)).extracting(AppUserRecord::getUsername)
                .doesNotContain(added.getUsername());
    }

    private List<WorkLists.WorkItem> todo(Actor actor) {
        return workLists.of(actor, WorkLists.Kind.TODO, WorkLists.Filter.NONE, PageRequest.first()).items();
    }
}
