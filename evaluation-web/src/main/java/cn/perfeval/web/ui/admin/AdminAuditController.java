package cn.perfeval.web.ui.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.web.ui.Downloads;
import cn.perfeval.web.ui.Paging;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditEntry;
import cn.perfeval.workflow.audit.AuditQuery;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 for administrators: filter by user, action and dates, paged in SQL, exported to Excel with the same filter. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail audit;

    AdminAuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(HttpServletRequest request, Model model, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size) {
        AuditQuery query = AuditQuery.parse(actor, action, from, to);
        Page<AuditEntry> entries = audit.search(CurrentActor.of(request), query, PageRequest.of(page, size));
        model.addAttribute("entries", entries);
        model.addAttribute("paging", Paging.of(entries, "/admin/audit",
                Paging.query("actor", actor, "action", action, "from", from, "to", to)));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("filter", new Filter(actor == null ? "" : actor, action == null ? "" : action,
                from == null ? "" : from, to == null ? "" : to));
        model.addAttribute("section", "audit");
        return "admin/audit";
    }

    @GetMapping("/admin/audit.xlsx")
    ResponseEntity<byte[]> export(HttpServletRequest request, @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<AuditEntry> entries = audit.export(CurrentActor.of(request), AuditQuery.parse(actor, action, from, to));
        return Downloads.attachment(workbook(entries),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "审计日志.xlsx");
    }

    /** What the page's form sent, kept to fill the form again. */
    public record Filter(String actor, String action, String from, String to) {
    }

    private static byte[] workbook(List<AuditEntry> entries) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("审计日志");
            String[] heads = {"时间", "用户", "操作", "评价", "轮次", "来源地址", "说明"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
            }
            int r = 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.occurredAt() == null ? "" : TIME.format(e.occurredAt()));
                row.createCell(1).setCellValue(e.actor() == null ? "" : e.actor());
                row.createCell(2).setCellValue(e.actionLabel());
                if (e.evaluationId() != null) {
                    row.createCell(3).setCellValue(e.evaluationName() == null ? "已删除的自评" : e.evaluationName());
                }
                if (e.round() != null) {
                    row.createCell(4).setCellValue(e.round());
                }
                row.createCell(5).setCellValue(e.remoteAddress() == null ? "" : e.remoteAddress());
                String detail = e.detail() == null ? "" : e.detail();
                // a cell holds at most 32,767 characters
                row.createCell(6).setCellValue(detail.length() > 32_000 ? detail.substring(0, 32_000) + "…" : detail);
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            sheet.setColumnWidth(5, 18 * 256);
            sheet.setColumnWidth(6, 80 * 256);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
