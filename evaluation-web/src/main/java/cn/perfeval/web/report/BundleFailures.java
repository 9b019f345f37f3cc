package cn.perfeval.web.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.perfeval.report.bundle.ReportBundleWriter;
import cn.perfeval.report.model.EvaluationReportModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one bundle could not deliver: an evaluation that could not be read, a file that could not be rendered. Each is
 * one line of the ZIP's 说明.txt and of the job's result; the rest of the ZIP is delivered all the same.
 */
final class BundleFailures implements ReportBundleWriter.Failures {

    private static final Logger log = LoggerFactory.getLogger(BundleFailures.class);

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    void unreadable(long evaluationId) {
        lines.add("编号为 " + evaluationId + " 的自评无法读取，未打包（请联系管理员检查该自评）");
    }

    @Override
    public void failed(EvaluationReportModel model, String path, RuntimeException cause) {
        log.error("打包时未能生成 {}", path, cause);
        lines.add(path + "：未能生成，未打包（请单独下载或联系管理员）");
    }

    @Override
    public List<String> notes() {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        notes.add("本压缩包缺少以下 " + lines.size() + " 项，其余文件完整：");
        notes.addAll(lines());
        return notes;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The job's message: empty when everything is in the ZIP. */
    String summary() {
        return lines.isEmpty() ? null : "有 " + lines.size() + " 项未能打包，已列在压缩包内的“说明.txt”中";
    }
}
