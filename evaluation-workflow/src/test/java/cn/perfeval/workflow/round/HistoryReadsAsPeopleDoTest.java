package cn.perfeval.workflow.round;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.process.ProcessPicture;
import cn.perfeval.workflow.round.RoundService.HistoryEntry;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import cn.perfeval.workflow.workspace.ReviewDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The history of a returned-and-resubmitted evaluation: each action once, newest first, with names; and its process picture. */
class HistoryReadsAsPeopleDoTest extends UseCaseTest {

    @Autowired
    RoundService rounds;
    @Autowired
    cn.perfeval.workflow.audit.AuditTrail audit;

    @Test
    void eachActionOnceNewestFirstWithNamesAndSavesOfADayAsOneLine() {
        TestUnit unit = newUnit();
        long id = submitted(unit, 2015);
        decisions.returnToSubmitter(actor(unit.reviewer()), task(id), "请补充说明", List.of(
                new ReviewDraft.Annotation("$.scoreSheet.selfScores['1.1.1']", "依据不足")));
        ObjectNode sheet = (ObjectNode) seedFor(unit, 2015).get("scoreSheet");
        sheet.putObject("reasons").put("1.1.1", "已补充依据");
        editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, json(sheet), version(id));
        sheet.putObject("reasons").put("1.1.1", "已补充依据（二）");
        editing.savePart(actor(unit.submitter()), id, Part.SCORE_SHEET, json(sheet), version(id));
        submission.submit(actor(unit.submitter()), id, SEED_WARNINGS, null);

        List<HistoryEntry> history = rounds.history(actor(unit.reviewer()), id, PageRequest.first()).items();

        assertThat(history).extracting(HistoryEntry::action)
                .containsExactly("SUBMIT", "SAVE", "RETURN", "SUBMIT", "IMPORT");
        assertThat(history).extracting(HistoryEntry::at)
                .isSortedAccordingTo(Comparator.<LocalDateTime>naturalOrder().reversed());
        assertThat(history).extracting(HistoryEntry::actionLabel).startsWith("提交第2轮");
        assertThat(history.get(1).count()).isEqualTo(2);
        assertThat(history.get(2).comment()).isEqualTo("请补充说明");
        assertThat(history.get(2).notes()).containsExactly("附件2 指标 1.1.1 绩效目标合理性：依据不足");
        assertThat(history).extracting(HistoryEntry::actorName).doesNotContain(unit.submitter(), unit.reviewer())
                .contains("测试填报员", "测试审核人");

        ProcessPicture picture = rounds.picture(actor(unit.reviewer()), id);
        assertThat(picture.nodes()).extracting(ProcessPicture.Node::name)
                .contains("填报", "单位内部审核", "财政局评审", "公开发布");
        assertThat(picture.nodes()).filteredOn(ProcessPicture.Node::current).extracting(ProcessPicture.Node::id)
                .containsExactly("internalReview");
        assertThat(picture.nodes()).filteredOn(n -> n.id().equals("fillIn")).singleElement()
                .satisfies(n -> assertThat(n.passed()).isTrue());
        assertThat(picture.nodes()).filteredOn(n -> n.id().equals("financeReview")).singleElement()
                .satisfies(n -> assertThat(n.state()).isEqualTo(ProcessPicture.State.AHEAD));
        assertThat(picture.edges()).anyMatch(e -> e.back() && e.to().equals("fillIn"));
    }

    @Test
    void thousandsOfSavesReadAsALinePerPersonAndDayAndTheHistoryPages() {
        TestUnit unit = newUnit();
        long id = submitted(unit, 2014);
        // three busy days of autosaves, 200 a day of each of two parts, written as the trail would hold them
        LocalDateTime first = LocalDateTime.of(2014, 3, 2, 8, 0);
        List<Object[]> saves = new java.util.ArrayList<>();
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < 400; i++) {
                saves.add(new Object[] {java.sql.Timestamp.valueOf(first.plusDays(day).plusSeconds(60L * i)), unit.submitter(),
                        id, i % 2 == 0 ? "附件1 基础数据表" : "附件3 自评报告"});
            }
        }
        jdbc.batchUpdate("INSERT INTO audit_event (occurred_at, actor, action, evaluation_id, round_no, remote_address, detail) "
                + "VALUES (?, ?, 'SAVE', ?, 0, '10.0.0.1', ?)", saves);

        var lines = audit.linesOfEvaluation(id);
        assertThat(lines).as("a line per person, part and day, not a row per save").hasSizeLessThan(20);
        assertThat(lines.stream().filter(l -> l.getAction().equals("SAVE")).mapToInt(cn.perfeval.workflow.audit.TrailLine::getTimes)
                .sum()).isEqualTo(1200);

        List<HistoryEntry> all = rounds.history(actor(unit.reviewer()), id, new PageRequest(1, 100)).items();
        List<HistoryEntry> days = all.stream().filter(h -> h.action().equals("SAVE")).toList();
        assertThat(days).as("one line a day, both parts on it").hasSize(3)
                .allSatisfy(h -> assertThat(h.detail()).contains("附件1 基础数据表", "附件3 自评报告"))
                .allSatisfy(h -> assertThat(h.count()).isEqualTo(400));
        assertThat(days.get(0).at()).as("the day's line at its newest save").isEqualTo(first.plusDays(2).plusSeconds(60L * 399));

        var firstPage = rounds.history(actor(unit.reviewer()), id, new PageRequest(1, 2));
        var secondPage = rounds.history(actor(unit.reviewer()), id, new PageRequest(2, 2));
        assertThat(firstPage.total()).isEqualTo(all.size());
        assertThat(firstPage.items()).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(secondPage.items()).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(rounds.history(actor(unit.reviewer()), id, new PageRequest(99, 2)).items()).isEmpty();
    }
}
