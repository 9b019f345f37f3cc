package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReviewOutcome;
import cn.perfeval.report.support.Outputs;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.math.BigDecimal;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Once the finance bureau has reviewed, Attachment 2 shows the review scores, total, grade and opinion. */
class ReviewedScoreSheetTest {

    static EvaluationReportModel reviewed() {
        return FixtureModels.gaoqiao(t -> t, new ReviewOutcome(null, "良", "自评基本客观，绩效目标需细化量化。"),
                Map.of("1.1.2", new BigDecimal("2.5"), "2.1.2", BigDecimal.ZERO, "4.1.4", new BigDecimal("6.5")));
    }

    @Test
    void htmlShowsReviewColumnAndTotals() {
        Document d = Jsoup.parse(new HtmlReportRenderer().renderDocument(reviewed()));
        assertThat(d.select("table.pe-scores th").eachText()).contains("复核得分");
        assertThat(d.select("tr[data-code=1.1.2] td").last().text()).isEqualTo("2.5");
        assertThat(d.getElementById("review-total").text()).isEqualTo("9");
        assertThat(d.getElementById("review-grade").text()).isEqualTo("良");
        assertThat(d.getElementById("review-opinion").text()).isEqualTo("自评基本客观，绩效目标需细化量化。");
        assertThat(d.getElementById("self-total").text()).isEqualTo("86.2");
    }

    @Test
    void wordAndExcelToo() {
        assertThat(Outputs.word(new DocxReportRenderer().render(reviewed())).cells())
                .contains("复核得分", "2.5", "6.5", "评审等级", "评审意见", "自评基本客观，绩效目标需细化量化。");
        assertThat(Outputs.excel(new XlsxReportRenderer().render(reviewed())).get("附件2 自评表"))
                .contains("复核得分", "2.5", "6.5", "9", "评审意见", "自评基本客观，绩效目标需细化量化。");
    }
}
