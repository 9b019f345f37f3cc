package cn.perfeval.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public list is the same for every reader: a page is read once and kept until a publication or a withdrawal. */
class PublicPagesAreKeptUntilAPublicationTest extends UseCaseTest {

    @Autowired
    PublicReading publicReading;

    @Test
    void aPageIsReadOnceAndAPublicationOrWithdrawalIsSeenAtOnce() {
        TestUnit unit = newUnit();
        long first = published(unit, 2018);

        assertThat(years(publicReading.published(null, unit.name(), PageRequest.first()))).containsExactly(2018);
        Statements.reset();
        assertThat(years(publicReading.published(null, " " + unit.name() + " ", PageRequest.first())))
                .as("the same page, typed with spaces").containsExactly(2018);
        assertThat(Statements.current().total()).as(String.join("\n", Statements.current().sql)).isZero();

        published(unit, 2019);
        assertThat(years(publicReading.published(null, unit.name(), PageRequest.first()))).containsExactly(2019, 2018);

        publication.unpublish(actor("publisher"), first, "数据有误，撤回更正");
        assertThat(years(publicReading.published(null, unit.name(), PageRequest.first()))).containsExactly(2019);
        assertThat(publicReading.published(null, unit.name(), PageRequest.first()).total()).isEqualTo(1);
    }

    private static java.util.List<Integer> years(Page<EvaluationView> page) {
        return page.items().stream().map(EvaluationView::year).toList();
    }
}
