package cn.perfeval.report;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ReportModelAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed's read model as the application builds it: fixture JSON → domain codec → scoring engine → assembler. */
final class SeedModels {

    private SeedModels() {
    }

    static EvaluationReportModel seed() {
        return fromDomain(null);
    }

    static EvaluationReportModel fromDomain(ReportModelAssembler.Review review) {
        String json;
        try (InputStream in = SeedModels.class.getResourceAsStream("/fixtures/gaoqiao-2020.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Evaluation e = new EvaluationDocumentCodec().read(json, InMemoryTemplateRegistry.withBuiltIns()).orElseThrow();
        IndicatorTemplate t = BuiltInTemplates.yuhua2020();
        return new ReportModelAssembler().assemble(e, t, new ScoringEngine().score(e, t), review);
    }
}
