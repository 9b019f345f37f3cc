package cn.perfeval.report;

import freemarker.cache.StrongCacheStorage;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The FreeMarker configuration shared by the HTML and Word renderers: templates under
 * {@code /report-templates/}, records exposed with their accessors ({@code row.name}), errors thrown, not printed.
 * Thread-safe once built; every template is parsed when the class is first used and kept.
 */
public final class ReportTemplates {

    /** Every template, parsed once when this class is first used, so that no render pays for parsing. */
    static final List<String> TEMPLATES = List.of("html/document.ftl", "html/style.ftl", "html/body.ftl",
            "html/figures-overview.ftl", "html/figures-project.ftl", "docx/document.ftl", "docx/macros.ftl",
            "docx/figures-overview.ftl", "docx/figures-project.ftl", "docx/core.ftl");

    private static final ReportTemplates INSTANCE = new ReportTemplates();

    private final Configuration cfg;

    private ReportTemplates() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(ReportTemplates.class.getClassLoader(), "report-templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        // the templates sit in the jar and never change: no checks for newer versions, never dropped from the cache
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setCacheStorage(new StrongCacheStorage());
        for (String name : TEMPLATES) {
            try {
                cfg.getTemplate(name);
            } catch (IOException e) {
                throw new UncheckedIOException("template " + name, e);
            }
        }
    }

    public static ReportTemplates get() {
        return INSTANCE;
    }

    /** Renders {@code name} (e.g. {@code html/report.ftlx}) with {@code data} into {@code out}. */
    public void render(String name, Map<String, ?> data, Writer out) {
        try {
            Template t = cfg.getTemplate(name);
            t.process(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (freemarker.template.TemplateException e) {
            throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
        }
    }
}
