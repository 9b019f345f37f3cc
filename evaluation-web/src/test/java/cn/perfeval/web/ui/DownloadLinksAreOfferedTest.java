package cn.perfeval.web.ui;

import cn.perfeval.workflow.support.Scenes;
import static cn.perfeval.workflow.support.Scenes.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every evaluation page offers the four report files with plain Chinese labels, and each link answers with its file. */
class DownloadLinksAreOfferedTest extends RunningPlatformTest {

    /** The link's id, its label, the file it points at and the content type that file comes with. */
    private static final Map<String, String[]> LINKS = new LinkedHashMap<>();

    static {
        LINKS.put("download-pdf", new String[] {"下载 PDF（附件1–3）", "/report.pdf", "application/pdf"});
        LINKS.put("download-docx", new String[] {"下载 Word", "/report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"});
        LINKS.put("download-xlsx", new String[] {"下载 Excel（附件1–2）", "/attachments.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"});
        LINKS.put("download-html", new String[] {"网页版", "/report.html", "text/html"});
    }

    @Autowired
    CampaignService campaigns;

    @Test
    void theEditorAndItsSisterPagesOfferAllFourFilesToTheUnit() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = evaluations.importDocument(actor(directory, unit.submitter()),
                Scenes.json(Scenes.seedFor(unit, 2020))).id();
        String cookie = login(unit.submitter());

        for (String page : new String[] {"", "/history"}) {
            Response html = http().getWithCookie("/evaluations/" + id + page, cookie);
            assertThat(html.status()).as("/evaluations/%d%s", id, page).isEqualTo(200);
            assertFourDownloads(Jsoup.parse(html.body()), "/evaluations/" + id, cookie);
        }
    }

    @Test
    void aPublishedEvaluationOffersAllFourFilesToEveryoneAndAPdfOnTheList() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String admin = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN));
        int year = 2001 + (int) (unit.id() % 18);
        long campaignId = campaigns.open(actor(directory, admin), new CampaignService.OpenCampaign(year,
                year + "年度部门整体支出绩效自评（" + unit.name() + "）", "yuhua-2020", LocalDateTime.now().plusDays(30), 3,
                List.of(unit.id()))).id();
        long id = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, year);
        approvals.approve(actor(directory, "finance.reviewer"), Scenes.openTask(tasks, jdbc, id).getId(),
                new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));
        approvals.publish(actor(directory, "publisher"), id);

        Response page = http().getWithCookie("/public/evaluations/" + id, null);
        assertThat(page.status()).isEqualTo(200);
        assertFourDownloads(Jsoup.parse(page.body()), "/public/evaluations/" + id, null);

        Document list = Jsoup.parse(http().getWithCookie("/public?unit="
                + java.net.URLEncoder.encode(unit.name(), java.nio.charset.StandardCharsets.UTF_8), null).body());
        Element row = list.select("#published-list tr").stream()
                .filter(tr -> !tr.select("a[href=/public/evaluations/" + id + "]").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the published evaluation is on the public list"));
        Element pdf = row.selectFirst("a[href=/public/evaluations/" + id + "/report.pdf]");
        assertThat(pdf).as("a PDF link in the row of %s", unit.name()).isNotNull();
        assertThat(pdf.text()).contains("PDF");

        // the bureau finds the campaign ZIP from its board and from the publishing page
        String publisher = login("publisher");
        Document board = Jsoup.parse(http().getWithCookie("/board?campaignId=" + campaignId, publisher).body());
        Element bundle = board.selectFirst("a#bundle-link");
        assertThat(bundle).isNotNull();
        assertThat(bundle.text()).isEqualTo("打包下载已公开报告");
        assertThat(bundle.attr("href")).isEqualTo("/campaigns/" + campaignId + "/bundle");
        Response bundlePage = http().getWithCookie(bundle.attr("href"), publisher);
        assertThat(bundlePage.status()).isEqualTo(200);
        assertThat(Jsoup.parse(bundlePage.body()).selectFirst("#bundle-start")).isNotNull();
        Response publishing = http().getWithCookie("/publishing", publisher);
        assertThat(publishing.status()).isEqualTo(200);
        assertThat(Jsoup.parse(publishing.body()).select("#bundle-links a[href=/campaigns/" + campaignId + "/bundle]")
                .text()).contains("打包下载已公开报告");
        // the publishing page is the publisher's: a street office is refused it, not shown a button that then fails
        assertThat(http().getWithCookie("/publishing", login(unit.submitter())).status()).isEqualTo(403);
    }

    @Test
    void theApiDescriptionNamesThePlatformForTheAdministrator() {
        Response docs = http().getWithCookie("/v3/api-docs", login("admin"));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("部门整体支出绩效自评平台 API");
        assertThat(docs.json().path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(docs.json().path("info").path("description").asString()).contains("HTTP Basic", "details", "422");
        assertThat(docs.json().path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(http().getWithCookie("/v3/api-docs", login("publisher")).status()).isEqualTo(403);
    }

    private void assertFourDownloads(Document page, String base, String cookie) {
        LINKS.forEach((linkId, expected) -> {
            Element link = page.getElementById(linkId);
            assertThat(link).as("%s on %s", linkId, base).isNotNull();
            assertThat(link.text()).isEqualTo(expected[0]);
            assertThat(link.attr("href")).isEqualTo(base + expected[1]);
            Response file = http().getWithCookie(link.attr("href"), cookie);
            assertThat(file.status()).as(link.attr("href")).isEqualTo(200);
            assertThat(file.header("Content-Type")).as(link.attr("href")).startsWith(expected[2]);
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
            assertThat(file.bytes()).isNotEmpty();
        });
    }

    /** Logs in through the login form as a browser does, and returns the session cookie. */
    private String login(String username) {
        Response page = http().getWithCookie("/login", null);
        Response login = http().postForm("/login", page.sessionCookie(),
                "username=" + username + "&password=Demo%40123456&_csrf=" + csrfOf(page.body()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/workbench");
        return login.sessionCookie();
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
