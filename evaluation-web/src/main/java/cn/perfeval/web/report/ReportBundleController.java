package cn.perfeval.web.report;

import java.nio.charset.StandardCharsets;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.bundle.ReportBundleStore.BundleJob;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class ReportBundleController {

    private final ReportBundleJobs jobs;

    ReportBundleController(ReportBundleJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/campaigns/{campaignId}/report-bundle")
    ResponseEntity<ReportBundleJobs.Progress> start(@PathVariable long campaignId, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(CurrentActor.of(request), campaignId));
    }

    @PostMapping("/api/report-bundles/{jobId}/restart")
    ResponseEntity<ReportBundleJobs.Progress> restart(@PathVariable String jobId, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.restart(CurrentActor.of(request), jobId));
    }

    @GetMapping("/api/report-bundles/{jobId}")
    ReportBundleJobs.Progress progress(@PathVariable String jobId, HttpServletRequest request) {
        return jobs.progress(CurrentActor.of(request), jobId);
    }

    @GetMapping("/api/report-bundles/{jobId}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String jobId, HttpServletRequest request) {
        BundleJob job = jobs.finished(CurrentActor.of(request), jobId);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(job.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"));
        if (job.sizeBytes() != null) {
            response.contentLength(job.sizeBytes());
        }
        return response.body(out -> jobs.writeTo(jobId, out));
    }
}
