package cn.perfeval.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every list the API answers is one page: {@code {items, total, page, size}}, 20 rows unless asked, never more than
 * 100; a page or size out of range is refused with the words of a list, never a 500 or an unbounded answer.
 */
class EveryListIsPagedTest extends RunningPlatformTest {

    private record Listing(String path, String user) {
    }

    @Test
    void everyListAnswersOnePageAndRefusesMoreThanAHundredRows() {
        HttpTestClient http = http();
        TestUnit unit = Scenes.newUnit(directory, encoder);
        LocalDateTime deadline = LocalDateTime.now(PersistenceConfiguration.ZONE).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        Response opened = http.postJson("/api/campaigns", "finance.reviewer", "{\"year\":2020,\"name\":\"分页测试任务"
                + unit.id() + "\",\"templateCode\":\"yuhua-2020\",\"deadline\":\"" + deadline
                + "\",\"reminderDays\":3,\"unitIds\":[" + unit.id() + "]}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long campaign = opened.json().path("id").asLong();
        assertThat(http.postJson("/api/campaigns/" + campaign + "/remind", "finance.reviewer", "{}").status()).isEqualTo(200);

        long draft = http.get("/api/evaluations", unit.submitter()).json().path("items").get(0).path("id").asLong();
        List<Listing> lists = List.of(
                new Listing("/api/evaluations/" + draft + "/history", unit.submitter()),
                new Listing("/api/tasks", unit.submitter()),
                new Listing("/api/tasks", "finance.reviewer"),
                new Listing("/api/evaluations", unit.submitter()),
                new Listing("/api/evaluations", "finance.reviewer"),
                new Listing("/api/public/evaluations", null),
                new Listing("/api/notifications", unit.submitter()),
                new Listing("/api/campaigns", unit.submitter()),
                new Listing("/api/campaigns", "admin"),
                new Listing("/api/campaigns/" + campaign + "/board", "admin"));
        for (Listing list : lists) {
            Response first = http.get(list.path(), list.user());
            assertThat(first.status()).as(list + " " + first).isEqualTo(200);
            JsonNode page = first.json();
            assertThat(page.propertyNames()).as(list.path()).contains("items", "total", "page", "size");
            assertThat(page.path("items").isArray()).as(list.path()).isTrue();
            assertThat(page.path("page").asInt()).isEqualTo(1);
            assertThat(page.path("size").asInt()).isEqualTo(20);
            assertThat(page.path("items").size()).as(list.path()).isLessThanOrEqualTo(20)
                    .isEqualTo((int) Math.min(20, page.path("total").asLong()));

            Response tooMany = http.get(list.path() + "?size=101", list.user());
            assertThat(tooMany.status()).as(list + " " + tooMany).isEqualTo(400);
            assertThat(tooMany.json().path("code").asString()).isEqualTo("PAGE_INVALID");
            assertThat(tooMany.json().path("message").asString()).isEqualTo("分页参数有误");
            assertThat(tooMany.body()).contains("每页条数应在1到100之间");
            Response zero = http.get(list.path() + "?page=0", list.user());
            assertThat(zero.status()).as(list + " " + zero).isEqualTo(400);
            assertThat(zero.body()).contains("页码应从1开始");

            Response hundred = http.get(list.path() + "?size=100", list.user());
            assertThat(hundred.status()).isEqualTo(200);
            assertThat(hundred.json().path("items").size()).isLessThanOrEqualTo(100);
        }

        // the unit's own list, one row a page: the second page is the second notice, the total stays the same
        JsonNode notices = http.get("/api/notifications?size=1", unit.submitter()).json();
        assertThat(notices.path("total").asLong()).isEqualTo(2);
        JsonNode second = http.get("/api/notifications?size=1&page=2", unit.submitter()).json();
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("id").asLong())
                .isNotEqualTo(notices.path("items").get(0).path("id").asLong());
        assertThat(http.get("/api/notifications?size=1&page=3", unit.submitter()).json().path("items").size()).isZero();

        // the board counts every unit whatever the page; its items are the page's
        JsonNode board = http.get("/api/campaigns/" + campaign + "/board?size=1", "admin").json();
        assertThat(board.path("total").asLong()).isEqualTo(1);
        assertThat(board.path("counts").path("DRAFT").asLong()).isEqualTo(1);
        assertThat(board.path("items").get(0).path("unitId").asLong()).isEqualTo(unit.id());
        assertThat(board.path("campaign").path("name").asString()).startsWith("分页测试任务");

        // filters and the name search meet in SQL: the bureau sees no draft, the unit finds its own by a part of its name
        assertThat(http.get("/api/evaluations?unit=" + enc(unit.name().substring(unit.name().length() - 8)), unit.submitter())
                .json().path("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/evaluations?campaignId=" + campaign, "finance.reviewer").json().path("total").asLong())
                .as("a draft stays the unit's own").isZero();
        assertThat(http.get("/api/evaluations?campaignId=" + campaign + "&status=DRAFT", unit.submitter())
                .json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void thePagesShowTheirPagingControls() {
        Response list = http().get("/public", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("class=\"pager\"").containsPattern("第 1 / \\d+ 页，共 \\d+ 条");
        Response beyond = http().get("/public?page=99999&size=500", null);
        assertThat(beyond.status()).as("a page's address is read leniently").isEqualTo(200);
        assertThat(beyond.body()).as("a page past the last shows the last page").doesNotContain("第 99999 /")
                .containsPattern("第 (\\d+) / \\1 页");
        Response typed = http().get("/public?year=abc", null);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).as("the filter named as the page labels it").contains("“年度”格式不对，应为整数")
                .doesNotContain("“year”");
    }

    @Test
    void aPublicReaderLeavesNoSessionBehind() {
        // every anonymous visit used to store a session (for a CSRF token no public page uses): a row per visitor
        for (String path : List.of("/public", "/public?year=2020", "/api/public/evaluations")) {
            Response page = http().get(path, null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.sessionCookie()).as(path + " sets no session cookie").isNull();
        }
        Response login = http().get("/login", null);
        assertThat(login.body()).as("the log-in form still carries its token").contains("name=\"_csrf\"");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
