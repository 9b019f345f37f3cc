package cn.perfeval.web.paging;

import static cn.perfeval.workflow.support.Scenes.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * 公开发布 lists 待发布 and 已发布 a page each, with their own controls, and finds a published one by year and unit name;
 * the administrator's 评价任务 lists the campaigns a page at a time. Both used to show the newest hundred and say
 * "（100）" however many there were.
 */
class ThePublishersAndAdministratorsPagesPageTest extends RunningPlatformTest {

    @Test
    void thePublishingPageShowsEachListAPageAtATimeAndFindsAPublishedOne() {
        List<TestUnit> units = List.of(Scenes.newUnit(directory, encoder), Scenes.newUnit(directory, encoder),
                Scenes.newUnit(directory, encoder));
        int year = 2001 + (int) (units.get(0).id() % 18);
        for (TestUnit unit : units) {
            long id = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, year);
            approvals.approve(actor(directory, "finance.reviewer"), Scenes.openTask(tasks, jdbc, id).getId(),
                    new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));
            if (unit != units.get(2)) {
                approvals.publish(actor(directory, "publisher"), id);
            }
        }
        HttpTestClient http = http();
        long published = http.get("/api/evaluations?status=PUBLISHED", "publisher").json().path("total").asLong();
        long approved = http.get("/api/evaluations?status=APPROVED", "publisher").json().path("total").asLong();
        assertThat(published).isGreaterThanOrEqualTo(2);
        assertThat(approved).isGreaterThanOrEqualTo(1);
        String cookie = http.logIn("publisher");

        Document first = page(http, "/publishing?size=1", cookie);
        assertThat(first.select("section:has(#published) h2").text()).isEqualTo("已发布（" + published + "）");
        assertThat(first.select("section:has(#approved) h2").text()).isEqualTo("待发布（" + approved + "）");
        assertThat(first.select("#published tbody tr")).hasSize(1);
        assertThat(first.select("#approved tbody tr")).hasSize(1);
        assertThat(first.select("section:has(#published) .pager-status").text())
                .isEqualTo("第 1 / " + published + " 页，共 " + published + " 条");
        String next = first.select("section:has(#published) a.pager-next").attr("href");
        assertThat(next).contains("publishedPage=2").contains("size=1").doesNotContain("&page=");

        Document second = page(http, next, cookie);
        assertThat(second.select("section:has(#published) .pager-status").text()).startsWith("第 2 / " + published + " 页");
        assertThat(second.select("#published tbody tr a").attr("href"))
                .isNotEqualTo(first.select("#published tbody tr a").attr("href"));
        assertThat(second.select("section:has(#approved) .pager-status").text())
                .as("the other list stays where it was").startsWith("第 1 / ");

        // one unit's publication by its whole name and year; a year with none says so
        Document named = page(http, "/publishing?year=" + year + "&unit=" + URLEncoder.encode(units.get(1).name(),
                StandardCharsets.UTF_8), cookie);
        assertThat(named.select("section:has(#published) h2").text()).isEqualTo("已发布（1）");
        assertThat(named.select("#published tbody tr td").first().text()).isEqualTo(units.get(1).name());
        assertThat(named.select("#published-filters input[name=unit]").val()).isEqualTo(units.get(1).name());
        Document none = page(http, "/publishing?year=1970", cookie);
        assertThat(none.select("#published tbody td.empty").text()).isEqualTo("没有符合条件的已发布自评");
        // a page past the last shows the last, not an empty list
        Document beyond = page(http, "/publishing?size=1&publishedPage=99999", cookie);
        assertThat(beyond.select("section:has(#published) .pager-status").text())
                .startsWith("第 " + published + " / " + published + " 页");
    }

    @Test
    void theAdministratorsCampaignListPages() {
        // more campaigns than a page: old closed ones over a unit of the bureau, written as rows (the list reads rows)
        TestUnit unit = Scenes.newUnit(directory, encoder);
        for (int i = 0; i < 21; i++) {
            jdbc.update("INSERT INTO campaign (campaign_year, name, template_code, deadline, reminder_days, status, created_by, "
                    + "created_at) VALUES (1971, ?, 'yuhua-2020', ?, 3, 'CLOSED', 'test', ?)", "分页任务" + unit.id() + "-" + i,
                    java.sql.Timestamp.valueOf("1972-03-31 17:30:00"), java.sql.Timestamp.valueOf("1972-01-01 09:00:00"));
            jdbc.update("INSERT INTO campaign_unit (campaign_id, unit_id, overdue) VALUES ((SELECT MAX(id) FROM campaign), ?, FALSE)",
                    unit.id());
        }
        HttpTestClient http = http();
        long total = http.get("/api/campaigns", "admin").json().path("total").asLong();
        long pages = (total + 19) / 20;
        assertThat(pages).isGreaterThanOrEqualTo(2);
        String cookie = http.logIn("admin");
        Document list = page(http, "/admin/campaigns", cookie);
        assertThat(list.select(".tab-panel h2").text()).isEqualTo("评价任务（" + total + "）");
        assertThat(list.select("#campaigns tbody tr[data-campaign]")).hasSize(20);
        assertThat(list.select(".tab-panel .pager-status").text()).isEqualTo("第 1 / " + pages + " 页，共 " + total + " 条");

        Document last = page(http, list.select(".tab-panel a.pager-last").attr("href"), cookie);
        assertThat(last.select(".tab-panel .pager-status").text()).startsWith("第 " + pages + " / " + pages + " 页");
        assertThat(last.select("#campaigns tbody tr[data-campaign]")).hasSize((int) (total - 20 * (pages - 1)));
        assertThat(last.select("#campaigns tbody td").eachText()).anyMatch(t -> t.startsWith("分页任务" + unit.id()));
        // a campaign chosen on that page keeps the list on it, with the campaign's units below
        String units = last.select("#campaigns a.campaign-units").first().attr("href");
        assertThat(units).contains("campaignsPage=" + pages);
        Document chosen = page(http, units, cookie);
        assertThat(chosen.select(".tab-panel .pager-status").text()).startsWith("第 " + pages + " / ");
        assertThat(chosen.select("#campaign-units")).hasSize(1);
    }

    @Test
    void anEvaluationsHistoryShowsTwentyLinesAPage() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = evaluations.importDocument(actor(directory, unit.submitter()), Scenes.json(Scenes.seedFor(unit, 2020))).id();
        // a month of daily saves: a line a day, and the import's line
        for (int day = 1; day <= 30; day++) {
            jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, evaluation_id, round_no, detail) "
                    + "VALUES (?, ?, 'SAVE', ?, 0, '附件1 基础数据表')", java.sql.Timestamp.valueOf(
                    java.time.LocalDateTime.of(2021, 1, day, 9, 0)), unit.submitter(), id);
        }
        HttpTestClient http = http();
        long total = http.get("/api/evaluations/" + id + "/history", unit.submitter()).json().path("total").asLong();
        assertThat(total).isEqualTo(31);
        String cookie = http.logIn(unit.submitter());
        Document first = page(http, "/evaluations/" + id + "/history", cookie);
        assertThat(first.select("#timeline > li")).hasSize(20);
        assertThat(first.select("#timeline > li").first().text()).as("newest first").contains("导入");
        assertThat(first.select(".pager-status").text()).isEqualTo("第 1 / 2 页，共 31 条");
        Document second = page(http, first.select("a.pager-next").attr("href"), cookie);
        assertThat(second.select("#timeline > li")).hasSize(11);
        assertThat(second.select("#timeline > li").last().text()).contains("保存");
    }

    private static Document page(HttpTestClient http, String path, String cookie) {
        HttpTestClient.Response response = http.getWithCookie(path, cookie);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
