package cn.perfeval.domain.report;

import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.BuiltInTemplates;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 (Word import): the report's paragraphs, in order, recognised against the template's outline. */
class TheSeedsReportIsRecognisedByItsOutlineTest {

    private final ReportOutline outline = BuiltInTemplates.yuhua2020().reportOutline();
    private final OutlineMatcher matcher = new OutlineMatcher();

    private static List<OutlineMatcher.Paragraph> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(OutlineMatcher.Paragraph::of).toList();
    }

    @Test
    void allSevenSectionsOfTheSeedAreRecognisedInOrderWithTheirText() {
        OutlineMatcher.Result result = matcher.match(outline, paragraphs(Fixtures.text("/fixtures/gaoqiao-2020-report.txt")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.sections()).extracting(OutlineMatcher.MatchedSection::key)
                .containsExactly("unitOverview", "budgetExecution", "performance", "problems", "improvements", "resultUse", "other");
        assertThat(result.sections()).extracting(OutlineMatcher.MatchedSection::heading).containsExactly(
                "1、 单位基本情况", "2、 部门整体预算支出情况", "三、部门整体支出绩效情况", "四、存在的问题及原因分析",
                "5、 下一步改进措施", "六、绩效自评结果拟应用和公开情况", "其他需要说明的情况");
        assertThat(result.sections().get(0).paragraphs().get(0)).as("a sub-heading stays in its section").isEqualTo("（一）单位基本情况");
        for (OutlineMatcher.MatchedSection s : result.sections()) {
            assertThat(s.text()).as(s.key()).isEqualTo(Fixtures.gaoqiao().report().section(s.key()).orElseThrow().text());
        }
        assertThat(result.preamble()).contains("（此页为封面）", "单位名称（盖章）：");
        assertThat(result.unmatchedHeadings()).isEmpty();
        assertThat(result.missingKeys()).isEmpty();
    }

    @Test
    void aHeadingLikeLineThatMatchesNoSectionIsToldAndKeptAsText() {
        OutlineMatcher.Result result = matcher.match(outline, paragraphs("一、单位基本情况\n本单位……\n七、附件清单\n附件1"));
        assertThat(result.unmatchedHeadings()).containsExactly("七、附件清单");
        assertThat(result.sections()).singleElement().satisfies(s -> assertThat(s.paragraphs()).containsExactly("本单位……", "七、附件清单", "附件1"));
        assertThat(result.missingKeys()).contains("performance", "other");
    }

    @Test
    void aStyledHeadingWithoutANumberIsRecognisedAndFullWidthNumberingToo() {
        OutlineMatcher.Result result = matcher.match(outline, List.of(new OutlineMatcher.Paragraph("单位基本情况", 1, null),
                OutlineMatcher.Paragraph.of("正文"), OutlineMatcher.Paragraph.of("２． 部门整体预算支出情况："), OutlineMatcher.Paragraph.of("正文二")));
        assertThat(result.sections()).extracting(OutlineMatcher.MatchedSection::key).containsExactly("unitOverview", "budgetExecution");
    }

    @Test
    void aDocumentWithNoSectionIsOneClearProblem() {
        OutlineMatcher.Result result = matcher.match(outline, paragraphs("会议纪要\n今天开会讨论了预算。"));
        assertThat(result.recognisedAnything()).isFalse();
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$");
        assertThat(result.problems().get(0).message()).startsWith("未能识别出自评报告的章节").contains("一、单位基本情况");
        assertThat(result.preamble()).containsExactly("会议纪要", "今天开会讨论了预算。");
    }
}
