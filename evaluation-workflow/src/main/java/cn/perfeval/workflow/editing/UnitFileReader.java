package cn.perfeval.workflow.editing;

import cn.perfeval.domain.interchange.WorkbookMarker;
import cn.perfeval.domain.interchange.WorkbookReading;
import cn.perfeval.domain.report.DocumentParagraphs;
import cn.perfeval.domain.template.IndicatorTemplate;

/**
 * Reads the files a unit brings back: the workbook the platform gave out, and its 附件3 written in Word. The report
 * module knows those files' layout; the application wires it in, so the use cases depend on no renderer.
 */
public interface UnitFileReader {

    /** The workbook's 附件1 cells and 附件2 self-scores and reasons, or every problem at its sheet and cell. */
    WorkbookReading readWorkbook(byte[] bytes, WorkbookMarker expected, IndicatorTemplate template);

    /** The Word document's paragraphs in order, or why it cannot be read. */
    DocumentParagraphs readReportDocument(byte[] bytes);
}
