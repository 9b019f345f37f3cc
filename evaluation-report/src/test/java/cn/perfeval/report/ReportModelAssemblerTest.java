package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import java.math.BigDecimal;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The read model built from the domain prints exactly what the one built straight from the fixture prints. */
class ReportModelAssemblerTest {

    @Test
    void domainAndFixturePrintTheSame() {
        EvaluationReportModel fromDomain = SeedModels.fromDomain(null);
        EvaluationReportModel fromFixture = FixtureModels.gaoqiao();
        HtmlReportRenderer html = new HtmlReportRenderer();
        assertThat(html.renderDocument(fromDomain)).isEqualTo(html.renderDocument(fromFixture));
        assertThat(fromDomain.scoreSheet().selfTotalText()).isEqualTo("86.2");
        assertThat(fromDomain.scoreSheet().selfGrade()).isEqualTo("良");
    }

    @Test
    void reviewIsCarriedOver() {
        EvaluationReportModel m = SeedModels.fromDomain(new ReportModelAssembler.Review(
                Map.of("1.1.1", new BigDecimal("1.5")), new BigDecimal("85.7"), ReviewGrade.GOOD, "基本客观。"));
        Document d = Jsoup.parse(new HtmlReportRenderer().renderDocument(m));
        assertThat(d.select("tr[data-code=1.1.1] td").last().text()).isEqualTo("1.5");
        assertThat(d.getElementById("review-total").text()).isEqualTo("85.7");
        assertThat(d.getElementById("review-grade").text()).isEqualTo("良");
        assertThat(d.getElementById("review-opinion").text()).isEqualTo("基本客观。");
    }
}
