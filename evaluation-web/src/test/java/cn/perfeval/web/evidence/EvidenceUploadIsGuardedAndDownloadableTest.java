package cn.perfeval.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evidence.EvidenceFile;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class EvidenceUploadIsGuardedAndDownloadableTest {

    @Autowired
    EvidenceService evidence;

    @Autowired
    OrgDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    Actor actor(String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), EnumSet.copyOf(a.roles()), "127.0.0.1");
    }

    long gaoqiao() {
        return jdbc.queryForObject("select e.id from evaluation e join org_unit u on u.id = e.unit_id "
                + "where u.code = 'gaoqiao' and e.status in ('DRAFT','RETURNED') order by e.id limit 1", Long.class);
    }

    @Test
    void aThreeMegabytePdfIsStoredInChunksAndComesBackIdentical() {
        byte[] pdf = new byte[3 * 1024 * 1024 + 17];
        Arrays.fill(pdf, (byte) 'x');
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
        EvidenceFile file = evidence.upload(actor("gaoqiao.submitter"), gaoqiao(), "2.1.1", "C:\\材料\\预算批复.exe", pdf);
        assertThat(file.fileName()).isEqualTo("预算批复.pdf");
        assertThat(file.fileType()).isEqualTo("PDF");
        assertThat(evidence.download(actor("gaoqiao.reviewer"), gaoqiao(), file.id()).bytes()).isEqualTo(pdf);
        assertThat(evidence.list(actor("finance.reviewer"), gaoqiao())).extracting(EvidenceFile::id).contains(file.id());
    }

    @Test
    void aRenamedTextFileIsRefusedAndAnotherOfficeMayNeitherUploadNorRead() {
        long id = gaoqiao();
        assertThatThrownBy(() -> evidence.upload(actor("gaoqiao.submitter"), id, null, "报告.pdf",
                "just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("EVIDENCE_TYPE"));
        assertThatThrownBy(() -> evidence.upload(actor("guitang.submitter"), id, null, "a.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isIn(403, 404));
        assertThatThrownBy(() -> evidence.list(actor("guitang.reviewer"), id))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> evidence.upload(actor("gaoqiao.reviewer"), id, null, "a.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(403));
    }

    @Test
    void theUnpublishedEvaluationsEvidenceIsNotPublic() {
        assertThatThrownBy(() -> evidence.publicList(gaoqiao()))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(404));
    }

    @Test
    void rolesAreNeverEmptyHere() {
        assertThat(actor("gaoqiao.submitter").has(Role.SUBMITTER)).isTrue();
    }
}
