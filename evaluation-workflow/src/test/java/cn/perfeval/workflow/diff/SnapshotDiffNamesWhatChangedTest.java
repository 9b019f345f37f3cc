package cn.perfeval.workflow.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.perfeval.domain.common.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SnapshotDiffNamesWhatChangedTest {

    private final SnapshotDiff differ = new SnapshotDiff(null, 2020);

    @Test
    void aFunctionalCategoryIsNamedByItsCategoryNotItsPosition() {
        JsonNode before = Json.MAPPER.readTree("""
                {"report": {"expenditure": {"byFunction": [["一般公共服务支出", 2322.8], ["社会保障和就业支出", 1805.5]]}}}""");
        JsonNode after = Json.MAPPER.readTree("""
                {"report": {"expenditure": {"byFunction": [["一般公共服务支出", 2322.8], ["社会保障和就业支出", 1810]]}}}""");

        List<Change> changes = differ.diff(before, after);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.label()).contains("社会保障和就业支出").contains("金额").doesNotContain("第2项");
            assertThat(change.text()).endsWith("1805.5 → 1810");
        });
    }

    @Test
    void anAttachmentOneCellIsNamedByRowAndColumn() {
        JsonNode before = Json.MAPPER.readTree("""
                {"basicData": {"expenseControl": {"officeExpenses": {"currentFinal": 16.9}}}}""");
        JsonNode after = Json.MAPPER.readTree("""
                {"basicData": {"expenseControl": {"officeExpenses": {"currentFinal": 17.2}}}}""");

        assertThat(differ.diff(before, after)).singleElement()
                .satisfies(change -> assertThat(change.text()).contains("办公经费").contains("2020年决算数").endsWith("16.9 → 17.2"));
    }
}
