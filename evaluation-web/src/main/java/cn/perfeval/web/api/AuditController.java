package cn.perfeval.web.api;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.audit.AuditEntry;
import cn.perfeval.workflow.audit.AuditQuery;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators: {@code GET /api/admin/audit?actor=&action=&from=&to=&page=&size=}. */
@RestController
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    Page<AuditEntry> search(HttpServletRequest request, @RequestParam(required = false) String actor,
                            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return audit.search(CurrentActor.of(request),
                AuditQuery.parse(actor, action, from, to), PageRequest.of(page, size));
    }
}
