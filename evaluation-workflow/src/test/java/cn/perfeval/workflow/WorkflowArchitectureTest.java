package cn.perfeval.workflow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The workflow's packages depend on each other one way, and SQL stays in the mappers, one per table. */
class WorkflowArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.perfeval.workflow");

    @Test
    void noCycleBetweenPackages() {
        slices().matching("cn.perfeval.workflow.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theUseCasesKnowNoRendererAndNoWeb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("cn.perfeval.report..", "cn.perfeval.web..")
                .because("the workflow is a sibling of the report module: files come in through ports the application fills")
                .check(classes);
    }

    @Test
    void queriesAreWrittenOnlyInTheMappers() {
        noClasses().that().areNotAnnotatedWith(Mapper.class)
                .should().dependOnClassesThat().resideInAnyPackage("com.baomidou.mybatisplus.core.conditions..",
                        "com.baomidou.mybatisplus.core.toolkit..")
                .because("each table's SQL lives in its mapper, as named methods")
                .check(classes);
    }
}
