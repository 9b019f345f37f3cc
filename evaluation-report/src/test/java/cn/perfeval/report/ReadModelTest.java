package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.model.Amount;
import cn.perfeval.report.model.Cell;
import cn.perfeval.report.model.Percent;
import cn.perfeval.report.model.ReportFigures;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ScoreSheetView;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.model.Staffing;
import cn.perfeval.report.model.Texts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    @Test
    void cellsPrintBlankDashOrTheValueAsEntered() {
        assertThat(Cell.blank().text()).isEmpty();
        assertThat(Cell.notApplicable().text()).isEqualTo("——");
        assertThat(Cell.of(new BigDecimal("5.70")).text()).isEqualTo("5.70");
        assertThat(Cell.of(new BigDecimal("0")).text()).isEqualTo("0");
        assertThat(Cell.of(null)).isEqualTo(Cell.blank());
    }

    @Test
    void staffControlRateIsComputedHalfUpToTwoDecimals() {
        assertThat(new Staffing(52, 43).controlRateText()).isEqualTo("82.69%");
        assertThat(new Staffing(null, 43).controlRateText()).isEmpty();
        assertThat(new Staffing(0, 43).controlRateText()).isEmpty();
    }

    @Test
    void projectEconomicSharesAreComputed() {
        ReportFigures f = new ReportFigures(null, null, null, null, null, null, null,
                List.of(new Amount("工资福利支出及离退休费", new BigDecimal("720.04")), new Amount("商品和服务支出", new BigDecimal("2300.08")),
                        new Amount("资本性支出", new BigDecimal("6.2")), new Amount("其他支出", new BigDecimal("2484.31"))),
                null, null, null);
        assertThat(f.projectByEconomic()).extracting(Amount::percentText).containsExactly("13.07%", "41.74%", "0.11%", "45.08%");
        assertThat(f.projectByEconomicSumText()).isEqualTo("5510.63");
        assertThat(Percent.of(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void sectionsAreNumberedRegularlyWhateverTheyCameWith() {
        SelfReportView r = new SelfReportView("t", List.of(new ReportSection("a", "1、 单位基本情况", ""),
                new ReportSection("b", "2、 部门整体预算支出情况", ""), new ReportSection("c", "三、部门整体支出绩效情况", ""),
                new ReportSection("d", "四、存在的问题及原因分析", ""), new ReportSection("e", "5、 下一步改进措施", ""),
                new ReportSection("f", "六.绩效自评结果拟应用和公开情况", ""), new ReportSection("other", "其他需要说明的情况", "")), null);
        assertThat(r.sections()).extracting(ReportSection::heading).containsExactly("一、单位基本情况", "二、部门整体预算支出情况",
                "三、部门整体支出绩效情况", "四、存在的问题及原因分析", "五、下一步改进措施", "六、绩效自评结果拟应用和公开情况", "其他需要说明的情况");
    }

    @Test
    void subheadingsAreRecognised() {
        assertThat(ReportSection.isSubheading("（一）单位基本情况")).isTrue();
        assertThat(ReportSection.isSubheading("（一）细化预算编制工作，认真做好年初预算编制。进一步加强")).isFalse();
        assertThat(ReportSection.isSubheading("1、在职人员情况")).isFalse();
    }

    @Test
    void textsDropWhatXmlCannotHoldAndKeepEmoji() {
        assertThat(Texts.clean("a\u0000b\u0008c\td\r\ne\rf\u007F\u0085g😀\uD800h\uFFFF")).isEqualTo("abc\td\ne\nfg😀h");
        assertThat(Texts.clean(null)).isEmpty();
        assertThat(Texts.paragraphs("\u3000 第一段 \n\n  第二段")).containsExactly("第一段", "第二段");
    }

    @Test
    void theGradeIsTheCallersAndNoneIsComputedFromTheTotal() {
        IndicatorRow row = new IndicatorRow("1.1.1", "绩效目标合理性", new BigDecimal("100"), "", "", new BigDecimal("95"), null, null);
        List<IndicatorArea> areas = List.of(new IndicatorArea("1", "投入", new BigDecimal("100"),
                List.of(new IndicatorGroup("1.1", "目标设定", new BigDecimal("100"), List.of(row)))));
        assertThat(new ScoreSheetView(areas, null, null, null).selfGrade()).isEmpty();
        assertThat(new ScoreSheetView(areas, null, " ", null).selfGrade()).isEmpty();
        // a template whose bands say 95 is 良 is obeyed, whatever 财预〔2020〕10号 says
        assertThat(new ScoreSheetView(areas, null, "良", null).selfGrade()).isEqualTo("良");
    }
}
