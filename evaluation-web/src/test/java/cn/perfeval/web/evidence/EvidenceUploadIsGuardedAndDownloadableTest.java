package cn.perfeval.web.evidence;

import cn.perfeval.workflow.support.EvidenceSamples;
import cn.perfeval.workflow.support.Scenes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evidence.EvidenceFile;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.web.support.Approvals;
import cn.perfeval.workflow.org.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class EvidenceUploadIsGuardedAndDownloadableTest {

    @Autowired
    EvidenceService evidence;

    @Autowired
    OrgDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EvaluationEditing evaluations;

    @Autowired
    Approvals approvals;


    Actor actor(String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), EnumSet.copyOf(a.roles()), "127.0.0.1");
    }

    /** A draft of the seed for an office of this test's own, so no other test's data is touched. */
    TestUnit unit;
    long draft;

    @BeforeEach
    void newOfficeWithADraft() {
        unit = Scenes.newUnit(directory, encoder);
        draft = evaluations.importDocument(actor(unit.submitter()),
                Scenes.json(Scenes.seedFor(unit, 2020))).id();
    }

    @Test
    void aThreeMegabytePdfIsStoredInChunksAndComesBackIdentical() {
        byte[] pdf = EvidenceSamples.pdf(3 * 1024 * 1024 + 17);
        EvidenceFile file = evidence.upload(actor(unit.submitter()), draft, "2.1.1", "C:\\材料\\预算批复.exe", pdf);
        assertThat(file.fileName()).isEqualTo("预算批复.pdf");
        assertThat(file.fileType()).isEqualTo("PDF");
        assertThat(evidence.download(actor(unit.reviewer()), draft, file.id()).bytes()).isEqualTo(pdf);
        assertThatThrownBy(() -> evidence.list(actor("finance.reviewer"), draft))
                .as("the bureau does not read a draft that was never handed in")
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(404));
        approvals.submit(actor(unit.submitter()), draft, Set.copyOf(Scenes.SEED_WARNINGS), null);
        assertThat(evidence.list(actor("finance.reviewer"), draft)).extracting(EvidenceFile::id).contains(file.id());
    }

    @Test
    void aRenamedTextFileIsRefusedAndAnotherOfficeMayNeitherUploadNorRead() {
        long id = draft;
        assertThatThrownBy(() -> evidence.upload(actor(unit.submitter()), id, null, "报告.pdf",
                "just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("EVIDENCE_TYPE"));
        assertThatThrownBy(() -> evidence.upload(actor("guitang.submitter"), id, null, "a.pdf",
                EvidenceSamples.pdf(0)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isIn(403, 404));
        assertThatThrownBy(() -> evidence.list(actor("guitang.reviewer"), id))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> evidence.upload(actor(unit.reviewer()), id, null, "a.pdf",
                EvidenceSamples.pdf(0)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(403));
    }

    @Test
    void theUnpublishedEvaluationsEvidenceIsNotPublic() {
        assertThatThrownBy(() -> evidence.publicList(draft))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.refusal().httpStatus()).isEqualTo(404));
    }
}
