package cn.perfeval.web.browser;

import cn.perfeval.workflow.support.Scenes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role's pages open in a real browser without an error page and without the browser refusing a script or a
 * style (the CSP); a screenshot of each is kept for a person to look at. Reads only: it changes nothing.
 */
class EveryRoleSeesItsPagesInTheBrowserTest extends BrowserTestBase {

    @Autowired
    cn.perfeval.workflow.editing.EvaluationEditing evaluations;
    @Autowired
    cn.perfeval.web.support.Approvals approvals;
    @Autowired
    org.flowable.engine.TaskService tasks;

    @Test
    void theVisitorTheSubmitterTheReviewersThePublisherAndTheAdministratorSeeTheirPages() {
        WebDriver visitor = browser();
        look(visitor, "/login", "登录");
        look(visitor, "/public", "公开");

        long id = jdbc.queryForObject("select e.id from evaluation e join org_unit u on u.id = e.unit_id "
                + "where u.code = 'gaoqiao' order by e.id limit 1", Long.class);
        WebDriver submitter = loggedIn("gaoqiao.submitter");
        look(submitter, "/workbench", "工作台");
        look(submitter, "/evaluations", "评价列表");
        submitter.get(url("/evaluations/" + id));
        waitFor(submitter).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
        shot(submitter, "editor-tab-a1");
        for (String tab : List.of("tab-a2", "tab-a3", "tab-checks", "tab-evidence")) {
            // every tab must be there: a missing one fails here rather than being skipped
            submitter.findElement(By.cssSelector("[data-tab=" + tab + "]")).click();
            {
                if ("tab-a3".equals(tab)) {
                    submitter.findElement(By.id("a3-preview")).getLocation();
                    ((org.openqa.selenium.JavascriptExecutor) submitter)
                            .executeScript("document.getElementById('a3-preview').scrollIntoView()");
                    waitFor(submitter).until(d -> {
                        d.switchTo().frame("a3-preview");
                        boolean shown = !d.findElements(By.id("attachment-3")).isEmpty();
                        d.switchTo().defaultContent();
                        return shown;
                    });
                }
                shot(submitter, "editor-" + tab);
            }
        }
        look(submitter, "/evaluations/" + id + "/history", "历史");

        WebDriver finance = loggedIn("finance.reviewer");
        look(finance, "/workbench", "工作台");
        look(finance, "/board", "进度");
        // The bureau reads a unit's evaluation once it has been handed in, not its draft.
        long inReview = cn.perfeval.web.workflow.WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory,
                tasks, jdbc, cn.perfeval.workflow.support.Scenes.newUnit(directory, encoder), 2020);
        look(finance, "/evaluations/" + inReview + "/review", "附件2");

        WebDriver publisher = loggedIn("publisher");
        look(publisher, "/publishing", "公开发布");

        WebDriver admin = loggedIn("admin");
        look(admin, "/admin/users", "用户");
        look(admin, "/admin/units", "单位");
        look(admin, "/admin/templates", "指标模板");
        look(admin, "/admin/templates/yuhua-2020", "绩效目标合理性");
        look(admin, "/admin/campaigns", "发起评价任务");
        admin.get(url("/swagger-ui.html"));
        new org.openqa.selenium.support.ui.WebDriverWait(admin, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        shot(admin, "swagger-ui");
        assertThat(refusedByThePolicy(admin)).isEmpty();
    }

    private void look(WebDriver driver, String path, String expected) {
        driver.get(url(path));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(driver.findElement(By.tagName("body")).getText()).as(path).contains(expected).doesNotContain("返回首页");
        shot(driver, path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        assertThat(refusedByThePolicy(driver)).as(path).isEmpty();
    }

    private static List<String> refusedByThePolicy(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
                .toList();
    }
}
