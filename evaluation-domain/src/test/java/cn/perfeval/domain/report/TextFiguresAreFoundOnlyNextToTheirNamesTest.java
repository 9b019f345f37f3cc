package cn.perfeval.domain.report;

import cn.perfeval.domain.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text-figure matcher: tolerant of the ways people write, silent wherever the name or the number is unclear. */
class TextFiguresAreFoundOnlyNextToTheirNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "在职在编（含引进人才、随军家属）：44人 | ON_STAFF | 44",
            "在职在编(含引进人才):44人 | ON_STAFF | 44",
            "实际在职人数为 43 人 | ON_STAFF | 43",
            "在职人数：４３人 | ON_STAFF | 43",
            "2020年，街道共计支出7270.5万元 | TOTAL_EXPENDITURE | 7270.5",
            "其中基本支出  1759.9万元 | BASIC_EXPENDITURE | 1759.9",
            "项目资金共计5510.6万元 | PROJECT_EXPENDITURE | 5510.6",
            "项目经费5510.6万 | PROJECT_EXPENDITURE | 5510.6",
            "日常公用经费131.8万元 | PUBLIC_OPERATING | 131.8",
            "“三公”经费支出4.6万元 | THREE_PUBLIC | 4.6",
            "在职人员控制率为82.69％ | STAFF_CONTROL_RATE | 82.69",
            "“三公经费”控制率66.28% | THREE_PUBLIC_CONTROL_RATE | 66.28",
            "自评总分86.2分，等级为良 | SELF_SCORE_TOTAL | 86.2",
            "现有行政编制16人，事业编制36人 | AUTHORIZED | 52"})
    void aFigureNextToItsNameIsFound(String text, TextFigures.Name name, String value) {
        assertThat(TextFigures.find(text)).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(text).contains(f.quote());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "投入经费约180万元",                        // approximate
            "共涉及金额达467.64万余元",                  // approximate
            "一般公共服务支出2322.8万元",               // a category whose meaning depends on the sentence
            "在职在编人员工资、奖金及津补贴",           // a name without a number
            "发生少量公务用车运行维护费,4.6万元",      // a comma parts name and number
            "基本支出的主要用途：工资",                  // no number
            "在职在编44名",                             // not the name's unit
            "满意率为98.52%",                            // no name we compare
            "宣传资料6万余份"})
    void nothingUnclearIsTaken(String text) {
        assertThat(TextFigures.find(text)).isEmpty();
    }

    @Test
    void theSeedsReportStatesTheseFiguresAndNoOthers() {
        String text = String.join("\n", Fixtures.gaoqiao().report().sections().stream().map(ReportSection::text).toList());
        List<TextFigures.Found> found = TextFigures.find(text);
        assertThat(found).extracting(f -> f.name() + " " + f.value().toPlainString()).containsExactly(
                "AUTHORIZED 52", "ON_STAFF 44", "TOTAL_EXPENDITURE 7270.5", "BASIC_EXPENDITURE 1759.9", "PROJECT_EXPENDITURE 5510.6",
                "PERSONNEL 1628.1", "PUBLIC_OPERATING 131.8", "PROJECT_EXPENDITURE 5510.6", "BASIC_EXPENDITURE 1759.9",
                "PROJECT_EXPENDITURE 5510.6");
        assertThat(found.get(1).quote()).isEqualTo("在职在编（含引进人才、随军家属）：44人");
    }
}
