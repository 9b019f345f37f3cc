package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.bundle.ReportBundleWriter;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.Outputs;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportBundleWriterTest {

    @Test
    void writesEachEvaluationIntoItsUnitFolderAsItGoes() {
        EvaluationReportModel a = FixtureModels.gaoqiao();
        EvaluationReportModel b = new EvaluationReportModel("长沙市雨花区某某街道办事处", "某某街道办事处", 2020, null,
                a.basicData(), a.scoreSheet(), a.report());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Long> writtenAtProgress = new ArrayList<>();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int x) {
                bytes.write(x);
            }

            @Override
            public void write(byte[] buf, int off, int len) {
                bytes.write(buf, off, len);
            }

            @Override
            public void close() {
                throw new AssertionError("the caller's stream must stay open");
            }
        };
        List<Integer> done = new ArrayList<>();
        int n = new ReportBundleWriter(new PdfReportRenderer(), EnumSet.allOf(ReportBundleWriter.Format.class))
                .write(counting, Stream.of(a, b, a), (count, m) -> {
                    done.add(count);
                    writtenAtProgress.add((long) bytes.size());
                });

        assertThat(n).isEqualTo(3);
        assertThat(done).containsExactly(1, 2, 3);
        assertThat(writtenAtProgress.get(0)).as("the first evaluation is in the stream before the next is rendered").isPositive();
        assertThat(writtenAtProgress.get(1)).isGreaterThan(writtenAtProgress.get(0));
        assertThat(Outputs.zipEntryNames(bytes.toByteArray())).containsExactly(
                "长沙市雨花区高桥街道办事处/2020年度高桥街道办事处整体支出绩效自评报告.pdf",
                "长沙市雨花区高桥街道办事处/2020年度高桥街道办事处整体支出绩效自评报告.docx",
                "长沙市雨花区高桥街道办事处/2020年度高桥街道办事处整体支出绩效自评附件1-2.xlsx",
                "长沙市雨花区高桥街道办事处/2020年度高桥街道办事处整体支出绩效自评报告.html",
                "长沙市雨花区某某街道办事处/2020年度某某街道办事处整体支出绩效自评报告.pdf",
                "长沙市雨花区某某街道办事处/2020年度某某街道办事处整体支出绩效自评报告.docx",
                "长沙市雨花区某某街道办事处/2020年度某某街道办事处整体支出绩效自评附件1-2.xlsx",
                "长沙市雨花区某某街道办事处/2020年度某某街道办事处整体支出绩效自评报告.html",
                "长沙市雨花区高桥街道办事处（2）/2020年度高桥街道办事处整体支出绩效自评报告.pdf",
                "长沙市雨花区高桥街道办事处（2）/2020年度高桥街道办事处整体支出绩效自评报告.docx",
                "长沙市雨花区高桥街道办事处（2）/2020年度高桥街道办事处整体支出绩效自评附件1-2.xlsx",
                "长沙市雨花区高桥街道办事处（2）/2020年度高桥街道办事处整体支出绩效自评报告.html");
    }

    @Test
    void fileNames() {
        EvaluationReportModel m = FixtureModels.gaoqiao();
        assertThat(ReportFileNames.pdf(m)).isEqualTo("2020年度高桥街道办事处整体支出绩效自评报告.pdf");
        assertThat(ReportFileNames.docx(m)).isEqualTo("2020年度高桥街道办事处整体支出绩效自评报告.docx");
        assertThat(ReportFileNames.xlsx(m)).isEqualTo("2020年度高桥街道办事处整体支出绩效自评附件1-2.xlsx");
        assertThat(ReportFileNames.folder(m)).isEqualTo("长沙市雨花区高桥街道办事处");
        assertThat(ReportFileNames.safe("a/b\\c:d*?\"<>|e.")).isEqualTo("a_b_c_d______e");
    }
}
