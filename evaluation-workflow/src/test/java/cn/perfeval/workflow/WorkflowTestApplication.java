package cn.perfeval.workflow;

import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.report.DocumentParagraphs;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.docx.DocxParagraphs;
import cn.perfeval.report.xlsx.WorkbookReader;
import cn.perfeval.workflow.editing.UnitFileReader;
import cn.perfeval.workflow.support.CountingScoring;
import cn.perfeval.workflow.support.Statements;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/** The workflow module on its own: every use case with the real Flowable engine and database, no HTTP. */
@SpringBootApplication
public class WorkflowTestApplication {

    /** Every statement is counted, so that a test can say what one request costs. */
    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds
                        ? ProxyDataSourceBuilder.create(ds).name(name).listener(Statements.LISTENER).build() : bean;
            }
        };
    }

    /** The report module's readers, as the web application wires them. */
    @Bean
    UnitFileReader unitFiles() {
        WorkbookReader workbooks = new WorkbookReader();
        DocxParagraphs documents = new DocxParagraphs();
        return new UnitFileReader() {
            @Override
            public WorkbookReading readWorkbook(byte[] bytes, WorkbookMarker expected, IndicatorTemplate template) {
                return workbooks.read(bytes, expected, template);
            }

            @Override
            public DocumentParagraphs readReportDocument(byte[] bytes) {
                return documents.read(bytes);
            }
        };
    }

    @Bean
    @Primary
    CountingScoring countingScoring() {
        return new CountingScoring();
    }
}
