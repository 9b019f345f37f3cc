package cn.perfeval.domain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java: no Spring, Flowable, MyBatis or servlet types, so every module can use it. */
@AnalyzeClasses(packages = "cn.perfeval.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule domain_depends_on_no_framework = noClasses()
            .that().resideInAPackage("cn.perfeval.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.flowable..", "com.baomidou..", "org.apache.ibatis..", "jakarta.servlet..");
}
