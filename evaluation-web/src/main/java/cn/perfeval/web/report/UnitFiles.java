package cn.perfeval.web.report;

import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.report.DocumentParagraphs;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.report.docx.DocxParagraphs;
import cn.perfeval.report.xlsx.WorkbookReader;
import cn.perfeval.workflow.editing.UnitFileReader;
import org.springframework.stereotype.Component;

/** The report module's readers of the workbook and the Word 附件3, for the workflow's use cases. */
@Component
class UnitFiles implements UnitFileReader {

    private final WorkbookReader workbooks = new WorkbookReader();
    private final DocxParagraphs documents = new DocxParagraphs();

    @Override
    public WorkbookReading readWorkbook(byte[] bytes, WorkbookMarker expected, IndicatorTemplate template) {
        return workbooks.read(bytes, expected, template);
    }

    @Override
    public DocumentParagraphs readReportDocument(byte[] bytes) {
        return documents.read(bytes);
    }
}
