package cn.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 圭塘's people ask for 高桥's evaluation by every page and API address: never the data, always 403 or 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnotherOfficeCannotReachAForeignEvaluationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long gaoqiao;

    @BeforeEach
    void findGaoqiaosEvaluation() {
        gaoqiao = jdbc.queryForObject("select e.id from evaluation e join org_unit u on u.id = e.unit_id "
                + "where u.code = 'gaoqiao' order by e.id limit 1", Long.class);
    }

    List<String> pages() {
        String id = String.valueOf(gaoqiao);
        return List.of("/evaluations/" + id, "/evaluations/" + id + "/data", "/evaluations/" + id + "/history",
                "/evaluations/" + id + "/review", "/evaluations/" + id + "/report.pdf",
                "/evaluations/" + id + "/evidence/1", "/public/evaluations/" + id, "/public/evaluations/" + id + "/report.pdf");
    }

    List<String> apis() {
        String id = String.valueOf(gaoqiao);
        return List.of("/api/evaluations/" + id, "/api/evaluations/" + id + "/score-sheet",
                "/api/evaluations/" + id + "/checks", "/api/evaluations/" + id + "/export",
                "/api/evaluations/" + id + "/rounds", "/api/evaluations/" + id + "/history",
                "/api/evaluations/" + id + "/evidence", "/api/evaluations/" + id + "/evidence/1",
                "/api/public/evaluations/" + id);
    }

    @Test
    void everyApiAddressAnswersNotFoundOrForbiddenToAnotherOffice() {
        HttpTestClient http = new HttpTestClient(port);
        for (String user : List.of("guitang.submitter", "guitang.reviewer")) {
            for (String url : apis()) {
                Response response = http.get(url, user);
                assertThat(response.status()).as(user + " GET " + url).isIn(403, 404);
                assertThat(response.body()).as(user + " GET " + url).doesNotContain("高桥街道").doesNotContain("gaoqiao");
                assertThat(response.json().path("code").asString()).isNotBlank();
            }
        }
    }

    @Test
    void everyPageAnswersNotFoundOrForbiddenToAnotherOffice() {
        HttpTestClient http = new HttpTestClient(port);
        String cookie = PageLogin.as(http, "guitang.submitter");
        for (String url : pages()) {
            Response response = http.getWithCookie(url, cookie);
            assertThat(response.status()).as("GET " + url).isIn(403, 404);
            assertThat(response.body()).as("GET " + url).doesNotContain("高桥街道办事处 ·").doesNotContain("gaoqiao");
        }
    }

    @Test
    void writesToAForeignEvaluationAreRefusedToo() {
        HttpTestClient http = new HttpTestClient(port);
        String id = String.valueOf(gaoqiao);
        assertThat(http.putJson("/api/evaluations/" + id + "/basic-data", "guitang.submitter", "{}").status()).isIn(403, 404);
        assertThat(http.postJson("/api/evaluations/" + id + "/submit", "guitang.submitter", "{}").status()).isIn(403, 404);
        assertThat(http.postJson("/api/evaluations/" + id + "/withdraw", "guitang.submitter", "{}").status()).isIn(403, 404);
    }
}
