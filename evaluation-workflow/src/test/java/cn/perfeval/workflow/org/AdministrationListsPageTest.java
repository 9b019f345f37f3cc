package cn.perfeval.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's lists of users and units are pages: found by a part of a name, ordered by unit and user name,
 * a page costing the same few statements however many users the province has (it read every user, then each one's
 * roles, on every visit).
 */
class AdministrationListsPageTest extends UseCaseTest {

    @Autowired
    OrgAdministration administration;

    @Test
    void usersArePagedInSqlFoundByNameOrUnitWithTheirRolesInOneRead() {
        TestUnit unit = newUnit();
        String prefix = unit.submitter().substring(0, unit.submitter().indexOf('.'));
        for (int i = 0; i < 23; i++) {
            directory.createUser(String.format("%s.clerk%02d", prefix, i), "办事员" + prefix + "-" + i, "x", unit.id(),
                    i % 2 == 0 ? EnumSet.of(Role.SUBMITTER) : EnumSet.of(Role.SUBMITTER, Role.INTERNAL_REVIEWER));
        }
        var admin = actor("admin");
        directory.allUnits();  // the unit cache, refilled after the new unit, is not this list's cost

        Statements.reset();
        Page<UserSummary> first = administration.users(admin, unit.name(), new PageRequest(1, 20));
        assertThat(Statements.current().total()).as("count, page and the page's roles").isLessThanOrEqualTo(3);
        // the unit's own four (the test unit's submitter, reviewer, both) and the 23 clerks, found by the unit's name
        long ofUnit = jdbc.queryForObject("select count(*) from app_user where unit_id = ?", Long.class, unit.id());
        assertThat(first.total()).isEqualTo(ofUnit).isGreaterThanOrEqualTo(23);
        assertThat(first.items()).hasSize(20).extracting(UserSummary::username).isSorted();
        assertThat(first.items()).allSatisfy(u -> assertThat(u.unitName()).isEqualTo(unit.name()));
        UserSummary clerk1 = first.items().stream().filter(u -> u.username().equals(prefix + ".clerk01")).findFirst().orElseThrow();
        assertThat(clerk1.roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.INTERNAL_REVIEWER);
        Page<UserSummary> second = administration.users(admin, unit.name(), new PageRequest(2, 20));
        assertThat(second.items()).hasSize((int) ofUnit - 20);
        assertThat(second.items()).extracting(UserSummary::username).doesNotContainAnyElementsOf(
                first.items().stream().map(UserSummary::username).toList());

        assertThat(administration.users(admin, prefix + ".clerk07", PageRequest.first()).items())
                .extracting(UserSummary::displayName).containsExactly("办事员" + prefix + "-7");
        assertThat(administration.users(admin, "办事员" + prefix + "-1", PageRequest.first()).total())
                .as("by name: 1, 10–19").isEqualTo(11);
        assertThat(administration.users(admin, "50%_", PageRequest.first()).total()).as("typed % and _ match themselves").isZero();
        assertThat(administration.user(admin, clerk1.id()).username()).isEqualTo(prefix + ".clerk01");

        Page<UserSummary> everyone = administration.users(admin, "", new PageRequest(1, 100));
        assertThat(everyone.total()).isEqualTo(jdbc.queryForObject("select count(*) from app_user", Long.class));
        assertThat(everyone.items()).extracting(UserSummary::unitId).isSorted();
    }

    @Test
    void unitsArePagedFromTheCacheAndFoundByNameOrCode() {
        TestUnit unit = newUnit();
        var admin = actor("admin");
        long all = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        directory.unitsChanged();
        Page<UnitView> first = administration.units(admin, null, new PageRequest(1, 20));
        assertThat(first.total()).isEqualTo(all);
        assertThat(first.items()).hasSize((int) Math.min(20, all)).extracting(UnitView::id).isSorted();
        assertThat(administration.units(admin, unit.name().substring(2), PageRequest.first()).items())
                .extracting(UnitView::id).contains(unit.id());
        String code = jdbc.queryForObject("select code from org_unit where id = ?", String.class, unit.id());
        assertThat(administration.units(admin, code.toUpperCase(java.util.Locale.ROOT), PageRequest.first()).items())
                .extracting(UnitView::id).containsExactly(unit.id());
        long pages = (all + 19) / 20;
        assertThat(administration.units(admin, "", new PageRequest((int) pages + 1, 20)).items()).isEmpty();
        assertThat(administration.unit(admin, unit.id())).map(UnitView::name).contains(unit.name());
        assertThat(administration.units(admin, "没有这样的单位名称", PageRequest.first()).total()).isZero();
    }
}
