package cn.perfeval.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.security.PlatformUser;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.EvidenceSamples;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13, point 5: every read route (API and pages) of one unit's evaluation in every state, asked by every role of
 * that unit, of a foreign unit, of the bureau, and by nobody; each answer must be the expected one, and any other
 * answer (above all an unexpected allow) fails with the whole table of mismatches. While the unit edits again after a
 * withdrawal or a return, the bureau's answers must hold the round it handed in, never the text written since.
 * MockMvc on the running context (no password hashing per request), the scene set through the use cases.
 */
class AccessMatrixTest extends RunningPlatformTest {

    private static final String EDITED_AFTER = "撤回或退回后才写入的内容ACCESSMATRIX";

    enum State { DRAFT, INTERNAL_REVIEW, WITHDRAWN_AND_EDITED, RETURNED_AND_EDITED, FINANCE_REVIEW, APPROVED, PUBLISHED }

    enum Who { OWN_SUBMITTER, OWN_REVIEWER, FOREIGN_SUBMITTER, FOREIGN_REVIEWER, FINANCE_REVIEWER, PUBLISHER, ADMIN, ANONYMOUS }

    /** A read route: its path for an evaluation, whether it is a page (anonymous → log-in), whether it is public. */
    record Route(String path, boolean page, boolean publicRoute, boolean showsText) {
        String of(long id) {
            return path.replace("{id}", Long.toString(id));
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("/api/evaluations/{id}", false, false, false),
            new Route("/api/evaluations/{id}/score-sheet", false, false, false),
            new Route("/api/evaluations/{id}/checks", false, false, false),
            new Route("/api/evaluations/{id}/export", false, false, true),
            new Route("/api/evaluations/{id}/rounds", false, false, false),
            new Route("/api/evaluations/{id}/history", false, false, false),
            new Route("/api/evaluations/{id}/report.html", false, false, true),
            new Route("/api/evaluations/{id}/attachments.xlsx", false, false, false),
            new Route("/api/evaluations/{id}/evidence", false, false, false),
            new Route("/api/public/evaluations/{id}", false, true, false),
            new Route("/evaluations/{id}", true, false, true),
            new Route("/evaluations/{id}/data", true, false, true),
            new Route("/evaluations/{id}/history", true, false, false),
            new Route("/evaluations/{id}/report/preview", true, false, true),
            new Route("/public/evaluations/{id}", true, true, false));

    @Autowired
    WebApplicationContext context;
    @Autowired
    CampaignService campaigns;
    @Autowired
    EvidenceService evidence;

    @Test
    void everyRoleUnitStateAndRouteGetsExactlyItsExpectedAnswer() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUnit own = Scenes.newUnit(directory, encoder);
        TestUnit foreign = Scenes.newUnit(directory, encoder);
        Map<State, Long> evaluationOf = scene(own);
        Map<Who, PlatformUser> people = new LinkedHashMap<>();
        people.put(Who.OWN_SUBMITTER, person(own.submitter()));
        people.put(Who.OWN_REVIEWER, person(own.reviewer()));
        people.put(Who.FOREIGN_SUBMITTER, person(foreign.submitter()));
        people.put(Who.FOREIGN_REVIEWER, person(foreign.reviewer()));
        people.put(Who.FINANCE_REVIEWER, person("finance.reviewer"));
        people.put(Who.PUBLISHER, person("publisher"));
        people.put(Who.ADMIN, person("admin"));

        List<String> mismatches = new ArrayList<>();
        int combinations = 0;
        long started = System.nanoTime();
        for (State state : State.values()) {
            long id = evaluationOf.get(state);
            for (Who who : Who.values()) {
                for (Route route : ROUTES) {
                    combinations++;
                    MockHttpServletRequestBuilder request = get(route.of(id));
                    if (who != Who.ANONYMOUS) {
                        request = request.with(user(people.get(who)));
                    }
                    MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
                    int expected = expected(who, state, route);
                    if (answer.getStatus() != expected) {
                        mismatches.add(String.format("%-20s %-17s %-42s expected %d, got %d%s", state, who,
                                route.path(), expected, answer.getStatus(),
                                answer.getStatus() == 200 && expected != 200 ? "  ← UNEXPECTED ALLOW" : ""));
                    } else if (expected == 200 && route.showsText() && bureau(who)
                            && (state == State.WITHDRAWN_AND_EDITED || state == State.RETURNED_AND_EDITED)
                            && answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains(EDITED_AFTER)) {
                        mismatches.add(String.format("%-20s %-17s %-42s reads the unit's live draft, not the round it "
                                + "handed in  ← UNEXPECTED ALLOW", state, who, route.path()));
                    }
                }
            }
        }
        // the campaign's bundle page answers as its API does: bureau staff only
        long campaignId = jdbc.queryForObject("select campaign_id from evaluation where id = ?", Long.class,
                evaluationOf.get(State.PUBLISHED));
        for (Who who : Who.values()) {
            combinations++;
            MockHttpServletRequestBuilder request = get("/campaigns/" + campaignId + "/bundle");
            if (who != Who.ANONYMOUS) {
                request = request.with(user(people.get(who)));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            int expected = who == Who.ANONYMOUS ? 302 : bureau(who) ? 200 : 403;
            if (status != expected) {
                mismatches.add(String.format("%-20s %-17s %-42s expected %d, got %d%s", "campaign", who,
                        "/campaigns/{id}/bundle", expected, status, status == 200 ? "  ← UNEXPECTED ALLOW" : ""));
            }
        }
        System.out.printf("access matrix: %d states × %d people × %d routes + %d on the bundle page = %d combinations "
                        + "in %d ms, %d mismatches%n",
                State.values().length, Who.values().length, ROUTES.size(), Who.values().length, combinations,
                (System.nanoTime() - started) / 1_000_000, mismatches.size());
        assertThat(mismatches).as("answers other than expected:\n" + String.join("\n", mismatches)).isEmpty();

        // the marker the bureau must not see is really in the unit's working copy
        for (State state : List.of(State.WITHDRAWN_AND_EDITED, State.RETURNED_AND_EDITED)) {
            String unitReads = mvc.perform(get("/api/evaluations/" + evaluationOf.get(state) + "/export")
                    .with(user(people.get(Who.OWN_SUBMITTER)))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(unitReads).as(state.name()).contains(EDITED_AFTER);
            String unitFiles = mvc.perform(get("/api/evaluations/" + evaluationOf.get(state) + "/evidence")
                    .with(user(people.get(Who.OWN_SUBMITTER)))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String bureauFiles = mvc.perform(get("/api/evaluations/" + evaluationOf.get(state) + "/evidence")
                    .with(user(people.get(Who.FINANCE_REVIEWER)))).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(unitFiles).as(state.name()).contains("added-after.png");
            assertThat(bureauFiles).as(state.name()).doesNotContain("added-after.png");
        }
    }

    /** The rule the table is checked against, written once. */
    static int expected(Who who, State state, Route route) {
        if (route.publicRoute()) {
            return state == State.PUBLISHED ? 200 : 404;
        }
        if (who == Who.ANONYMOUS) {
            return route.page() ? 302 : 401;
        }
        return switch (who) {
            case OWN_SUBMITTER, OWN_REVIEWER -> 200;
            case FOREIGN_SUBMITTER, FOREIGN_REVIEWER -> 404;
            // the bureau reads what was handed in: nothing of a draft never submitted
            default -> state == State.DRAFT ? 404 : 200;
        };
    }

    private static boolean bureau(Who who) {
        return who == Who.FINANCE_REVIEWER || who == Who.PUBLISHER || who == Who.ADMIN;
    }

    /** One evaluation of the unit in each state, each its own year, set through the use cases. */
    private Map<State, Long> scene(TestUnit unit) {
        Actor admin = Scenes.actor(directory, "admin");
        Actor submitter = Scenes.actor(directory, unit.submitter());
        Actor reviewer = Scenes.actor(directory, unit.reviewer());
        Actor finance = Scenes.actor(directory, "finance.reviewer");
        Map<State, Long> ids = new LinkedHashMap<>();
        int year = 2061;
        for (State state : State.values()) {
            campaigns.open(admin, new CampaignService.OpenCampaign(year, year + "年度绩效自评（访问矩阵" + unit.name() + "）",
                    "yuhua-2020", LocalDateTime.now().plusDays(30), 3, List.of(unit.id())));
            long id = switch (state) {
                case DRAFT -> Scenes.importSeed(evaluations, jdbc, submitter, unit, year);
                case INTERNAL_REVIEW, WITHDRAWN_AND_EDITED, RETURNED_AND_EDITED ->
                        WorkflowTestSupport.submitted(evaluations, approvals, directory, jdbc, unit, year);
                default -> WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, year);
            };
            switch (state) {
                case WITHDRAWN_AND_EDITED -> {
                    approvals.withdraw(submitter, id);
                    editAfterHandingIn(submitter, unit, year, id);
                }
                case RETURNED_AND_EDITED -> {
                    approvals.returnToSubmitter(reviewer, Scenes.openTask(tasks, jdbc, id).getId(), "请补充说明");
                    editAfterHandingIn(submitter, unit, year, id);
                }
                case APPROVED, PUBLISHED -> {
                    approvals.approve(finance, Scenes.openTask(tasks, jdbc, id).getId(),
                            new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));
                    if (state == State.PUBLISHED) {
                        approvals.publish(Scenes.actor(directory, "publisher"), id);
                    }
                }
                default -> { }
            }
            ids.put(state, id);
            year++;
        }
        return ids;
    }

    /** What the unit writes once it has its evaluation back: a sentence in 附件3 and one more evidence file. */
    private void editAfterHandingIn(Actor submitter, TestUnit unit, int year, long id) {
        ObjectNode report = (ObjectNode) Scenes.seedFor(unit, year).get("report");
        ObjectNode first = (ObjectNode) report.get("sections").get(0);
        first.put("text", first.get("text").asString() + "\n" + EDITED_AFTER);
        Integer version = jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id);
        evaluations.savePart(submitter, id, Part.REPORT, Scenes.json(report), version);
        evidence.upload(submitter, id, null, "added-after.png", EvidenceSamples.png(20, 20));
    }

    private PlatformUser person(String username) {
        return PlatformUser.of(directory.findAccount(username).orElseThrow());
    }
}
