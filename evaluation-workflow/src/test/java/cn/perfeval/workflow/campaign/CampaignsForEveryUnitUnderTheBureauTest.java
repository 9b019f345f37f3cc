package cn.perfeval.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign for 全部下属单位 links every enabled unit under the bureau by one statement, gives each its draft and
 * attaches an evaluation already there; its units are read a page at a time; the form's unit search is a page of the
 * bureau's units by name; a choice that is neither all nor some units is refused at its field, in Chinese.
 */
class CampaignsForEveryUnitUnderTheBureauTest extends UseCaseTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignChanges changes;

    /** A bureau of its own, so that "every unit under it" is only the units this test makes. */
    private record Bureau(long id, String code, Actor admin) {
    }

    private Bureau newBureau() {
        String code = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrgUnitRecord bureau = directory.createUnit(code, "测试财政局" + code, "测试局" + code, OrgUnitRecord.FINANCE_BUREAU, null);
        directory.createUser(code + ".admin", "测试管理员", "x", bureau.getId(), EnumSet.of(Role.ADMIN));
        return new Bureau(bureau.getId(), code, actor(code + ".admin"));
    }

    private TestUnit unitUnder(Bureau bureau, String name) {
        String code = bureau.code() + "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        OrgUnitRecord unit = directory.createUnit(code, name + code, name, OrgUnitRecord.STREET_OFFICE, bureau.id());
        directory.createUser(code + ".submitter", "测试填报员", encoder.encode(Scenes.DEMO_PASSWORD), unit.getId(),
                EnumSet.of(Role.SUBMITTER));
        return new TestUnit(unit.getId(), unit.getName(), code + ".submitter", null, null);
    }

    private CampaignService.OpenCampaign everyUnit(int year) {
        return new CampaignService.OpenCampaign(year, year + "年度全部单位评价任务", "yuhua-2020",
                LocalDateTime.now().plusDays(20), 3, null, true);
    }

    @Test
    void everyEnabledUnitUnderTheBureauJoinsByOneInsertAndGetsItsDraft() {
        Bureau bureau = newBureau();
        TestUnit first = unitUnder(bureau, "高桥街道");
        TestUnit second = unitUnder(bureau, "圭塘街道");
        TestUnit imported = unitUnder(bureau, "洞井街道");
        TestUnit disabled = unitUnder(bureau, "黎托街道");
        jdbc.update("update org_unit set enabled = false where id = ?", disabled.id());
        directory.unitsChanged();
        long before = draft(imported, 2019);
        TestUnit elsewhere = newUnit();

        Statements.reset();
        CampaignService.CampaignView opened = campaigns.open(bureau.admin(), everyUnit(2019));
        List<String> linking = Statements.current().sql.stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").startsWith("insert into campaign_unit"))
                .toList();

        assertThat(linking).as("the units are linked by one INSERT … SELECT").singleElement()
                .satisfies(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).contains("select"));
        assertThat(opened.unitCount()).isEqualTo(3);
        assertThat(jdbc.queryForList("select unit_id from campaign_unit where campaign_id = ? order by unit_id", Long.class,
                opened.id())).containsExactly(first.id(), second.id(), imported.id());
        for (TestUnit unit : List.of(first, second, imported)) {
            long id = jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2019",
                    Long.class, unit.id());
            assertThat(jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class, id))
                    .isEqualTo(opened.id());
            assertStatusAndTaskAgree(id, EvaluationStatus.DRAFT);
        }
        assertThat(jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2019",
                Long.class, imported.id())).as("the evaluation already there joins, none is made twice").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from evaluation where unit_id in (?, ?) and evaluation_year = 2019",
                Integer.class, disabled.id(), elsewhere.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.title like '新的评价任务%'", Integer.class, first.submitter())).isEqualTo(1);

        // a unit created later joins with "all units" again; nothing already in is added twice
        TestUnit later = unitUnder(bureau, "东山街道");
        CampaignService.CampaignView grown = changes.addUnits(bureau.admin(), opened.id(), null, true);
        assertThat(grown.unitCount()).isEqualTo(4);
        assertStatusAndTaskAgree(jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = 2019",
                Long.class, later.id()), EvaluationStatus.DRAFT);
        assertThat(changes.addUnits(bureau.admin(), opened.id(), null, true).unitCount()).isEqualTo(4);
    }

    @Test
    void aCampaignsUnitsAndTheUnitSearchArePagedInSql() {
        Bureau bureau = newBureau();
        for (int i = 0; i < 5; i++) {
            unitUnder(bureau, "测试街道" + i + "号");
        }
        TestUnit percent = unitUnder(bureau, "百分%之百社区");
        CampaignService.CampaignView opened = campaigns.open(bureau.admin(), new CampaignService.OpenCampaign(2018,
                "指定单位评价任务", "yuhua-2020", LocalDateTime.now().plusDays(20), 3, List.of(percent.id()), false));
        changes.addUnits(bureau.admin(), opened.id(), null, true);

        CampaignService.Board second = campaigns.board(bureau.admin(), opened.id(), new PageRequest(2, 4));
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).hasSize(2);
        assertThat(second.page()).isEqualTo(2);

        Page<CampaignService.UnitChoice> named = campaigns.unitChoices(bureau.admin(), "测试街道", null, new PageRequest(2, 3));
        assertThat(named.total()).isEqualTo(5);
        assertThat(named.items()).hasSize(2).allSatisfy(u -> {
            assertThat(u.name()).contains("测试街道");
            assertThat(u.inCampaign()).isFalse();
        });
        assertThat(campaigns.unitChoices(bureau.admin(), "%", opened.id(), PageRequest.first()).items())
                .as("a typed % is a character, not a wildcard").singleElement()
                .satisfies(u -> assertThat(u.inCampaign()).isTrue());
        assertThat(campaigns.unitChoices(bureau.admin(), "", null, PageRequest.first()).total()).isEqualTo(6);
        assertThat(campaigns.unitChoices(actor("admin"), "测试街道" + bureau.code(), null, PageRequest.first()).total())
                .as("another bureau's units are not offered").isZero();
        refused(() -> campaigns.unitChoices(actor(newUnit().submitter()), "", null, PageRequest.first()),
                Refusal.FORBIDDEN, "NOT_BUREAU_MANAGER");
    }

    @Test
    void aChoiceOfNeitherAllNorSomeUnitsIsRefusedAtItsField() {
        Bureau bureau = newBureau();
        TestUnit unit = unitUnder(bureau, "测试街道");
        List<ErrorDetail> none = refused(() -> campaigns.open(bureau.admin(), new CampaignService.OpenCampaign(2017,
                null, "yuhua-2020", LocalDateTime.now().plusDays(20), 3, List.of())),
                Refusal.UNPROCESSABLE, "CAMPAIGN_INVALID").details();
        assertThat(none).extracting(ErrorDetail::path, ErrorDetail::message)
                .contains(org.assertj.core.groups.Tuple.tuple("$.unitIds", "请至少选择一个单位，或选择全部下属单位"));
        List<ErrorDetail> both = refused(() -> campaigns.open(bureau.admin(), new CampaignService.OpenCampaign(2017,
                null, "yuhua-2020", LocalDateTime.now().plusDays(20), 3, List.of(unit.id()), true)),
                Refusal.UNPROCESSABLE, "CAMPAIGN_INVALID").details();
        assertThat(both).extracting(ErrorDetail::path).containsExactly("$.unitIds");
        Bureau empty = newBureau();
        assertThat(refused(() -> campaigns.open(empty.admin(), everyUnit(2017)), Refusal.UNPROCESSABLE, "CAMPAIGN_INVALID")
                .details()).extracting(ErrorDetail::path).containsExactly("$.allUnits");
        assertThat(jdbc.queryForObject("select count(*) from campaign_unit where unit_id = ?", Integer.class, unit.id()))
                .isZero();
    }
}
