package cn.perfeval.web.foundation;

import com.baomidou.mybatisplus.annotation.TableName;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The web module asks the workflow's use cases and read models; it never touches a table, a mapper or MyBatis. */
class WebIsFreeOfPersistenceTest {

    private final JavaClasses web = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.perfeval.web");

    @Test
    void noWebClassUsesARecordAMapperOrMyBatis() {
        noClasses().should().dependOnClassesThat(annotatedWith(TableName.class))
                .orShould().dependOnClassesThat(annotatedWith(Mapper.class))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.baomidou..", "org.apache.ibatis..",
                        "org.mybatis..")
                .check(web);
    }
}
