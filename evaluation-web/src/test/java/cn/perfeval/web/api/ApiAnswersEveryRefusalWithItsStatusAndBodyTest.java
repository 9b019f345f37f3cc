package cn.perfeval.web.api;

import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.security.PlatformUser;
import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.org.UserAccount;
import cn.perfeval.workflow.round.RoundService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import cn.perfeval.workflow.campaign.CampaignChanges;
import cn.perfeval.workflow.editing.AttachmentFiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API's part of a refusal, without the use cases: each reason has its HTTP status and the one error body. */
@WebMvcTest(controllers = {EvaluationController.class, TaskController.class})
@AutoConfigureMockMvc(addFilters = false)
class ApiAnswersEveryRefusalWithItsStatusAndBodyTest {

    private static final PlatformUser SUBMITTER = PlatformUser.of(new UserAccount(7, "gaoqiao.submitter", "高桥填报员",
            "{noop}x", true, null, 2, "长沙市雨花区高桥街道办事处", "STREET_OFFICE", Set.of(Role.SUBMITTER), false));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AttachmentFiles attachmentFiles;
    @MockitoBean
    CampaignChanges campaignChanges;
    @MockitoBean
    EvaluationReading reading;
    @MockitoBean
    EvaluationEditing editing;
    @MockitoBean
    Submission submission;
    @MockitoBean
    Publication publication;
    @MockitoBean
    RoundService rounds;
    @MockitoBean
    cn.perfeval.workflow.workspace.ReviewDrafts drafts;
    @MockitoBean
    cn.perfeval.workflow.approval.TaskOperations operations;
    @MockitoBean
    cn.perfeval.workflow.approval.BatchDecisions batch;
    @MockitoBean
    cn.perfeval.workflow.task.WorkLists workLists;
    @MockitoBean
    ReviewDecisions decisions;

    /** Who is logged in is the security filters' business, tested with the running platform; here it is given. */
    @BeforeEach
    void loggedIn() {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(SUBMITTER, null, SUBMITTER.getAuthorities()));
    }

    @AfterEach
    void loggedOut() {
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request;
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void eachRefusalHasItsStatusAndTheErrorBody(Refusal refusal) throws Exception {
        when(submission.submit(any(), anyLong(), any(), any())).thenThrow(new UseCaseException(refusal, "SOME_CODE",
                "某项检查未通过", List.of(ErrorDetail.at("$.comment", "请填写意见"))));
        mvc.perform(as(post("/api/evaluations/5/submit")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is(refusal.httpStatus()))
                .andExpect(jsonPath("$.code").value("SOME_CODE"))
                .andExpect(jsonPath("$.message").value("某项检查未通过"))
                .andExpect(jsonPath("$.details[0].path").value("$.comment"))
                .andExpect(jsonPath("$.details[0].message").value("请填写意见"));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        mvc.perform(as(post("/api/tasks/t1/approve")).contentType(MediaType.APPLICATION_JSON).content("{\"comment\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aSaveInAnotherContentTypeIsUnsupported() throws Exception {
        mvc.perform(as(put("/api/evaluations/5/report")).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void anUnknownStatusFilterIsABadParameter() throws Exception {
        mvc.perform(as(get("/api/evaluations").param("status", "NOPE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void theVersionReadComesFromTheParameterOrAnIfMatchHeader() throws Exception {
        when(editing.savePart(any(), anyLong(), any(), any(), any())).thenThrow(
                UseCaseException.conflict("CONCURRENT_MODIFICATION", "他人已修改该自评，请刷新后再保存"));
        mvc.perform(as(put("/api/evaluations/5/report")).header("If-Match", "W/\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
        verify(editing).savePart(any(), eq(5L), eq(Part.REPORT), eq("{}"), eq(3));
        mvc.perform(as(put("/api/evaluations/5/score-sheet?version=4")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
        verify(editing).savePart(any(), eq(5L), eq(Part.SCORE_SHEET), eq("{}"), eq(4));
    }

    @Test
    void anUnexpectedFailureSaysSoInChineseAndShowsNothingOfTheCode() throws Exception {
        when(reading.view(any(), anyLong())).thenThrow(new IllegalStateException("NullPointer at Foo.java:12"));
        mvc.perform(as(get("/api/evaluations/5")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Foo"))));
    }
}
