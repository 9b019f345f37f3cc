package cn.perfeval.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name search's index finds exactly what reading every name would, in the same order. */
class UnitNameIndexTest {

    static final List<OrgUnitRecord> UNITS = units();

    static List<OrgUnitRecord> units() {
        List<OrgUnitRecord> units = new ArrayList<>();
        units.add(unit(1, "长沙市雨花区财政局", "雨花区财政局"));
        units.add(unit(2, "长沙市雨花区高桥街道办事处", "高桥街道"));
        units.add(unit(3, "长沙市雨花区东塘街道办事处", null));
        for (int i = 1; i <= 300; i++) {
            units.add(unit(10 + i, "基准单位" + i + "号", "基准" + i));
        }
        return units;
    }

    static OrgUnitRecord unit(long id, String name, String shortName) {
        OrgUnitRecord u = new OrgUnitRecord();
        u.setId(id);
        u.setName(name);
        u.setShortName(shortName);
        return u;
    }

    @ParameterizedTest
    @ValueSource(strings = {"高桥", "高桥街道", "长沙市雨花区高桥街道办事处", "街道", "雨花", "局", "桥", "基准单位12号", "基准12",
            "12", "2号", "1", "号", "基准单位300号", "基准单位301号", "上海", "办事处", "东塘街道办", "区高", "准单"})
    void findsWhatReadingEveryNameFinds(String text) {
        List<OrgUnitRecord> everyName = UNITS.stream().filter(u -> u.getName().contains(text)
                || u.getShortName() != null && u.getShortName().contains(text)).toList();
        assertThat(new UnitNameIndex(UNITS).containing(text)).containsExactlyElementsOf(everyName);
    }

    @Test
    void aWholeNameFindsItsUnitOnlyAndBlankFindsNothing() {
        UnitNameIndex index = new UnitNameIndex(UNITS);
        assertThat(index.containing("基准单位12号")).extracting(OrgUnitRecord::getId).containsExactly(22L);
        assertThat(index.containing("")).isEmpty();
    }
}
