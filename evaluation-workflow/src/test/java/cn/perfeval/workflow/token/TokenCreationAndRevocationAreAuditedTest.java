package cn.perfeval.workflow.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditEventRecord;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Making and revoking a personal API token each leave one line in the trail, written with the change or not at all. */
class TokenCreationAndRevocationAreAuditedTest extends UseCaseTest {

    @Autowired
    ApiTokens apiTokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void creationAndRevocationAreRecordedOnceWithTheTokensNameButNeverTheToken() {
        TestUnit unit = newUnit();
        Actor owner = actor(unit.submitter());

        ApiTokens.CreatedToken created = apiTokens.create(owner, "报送程序");
        List<AuditEventRecord> afterCreate = tokenLines(unit.submitter());
        assertThat(afterCreate).singleElement().satisfies(line -> {
            assertThat(line.getAction()).isEqualTo("TOKEN_CREATE");
            assertThat(line.getDetail()).contains("报送程序").contains("编号 " + created.id()).doesNotContain(created.token());
        });
        assertThat(AuditAction.TOKEN_CREATE.label()).isEqualTo("创建接口令牌");

        // someone else cannot revoke it, and their attempt is no revocation
        assertThatThrownBy(() -> apiTokens.revoke(actor(unit.reviewer()), created.id())).isInstanceOf(UseCaseException.class);
        assertThat(tokenLines(unit.reviewer())).isEmpty();

        apiTokens.revoke(owner, created.id());
        apiTokens.revoke(owner, created.id()); // again: nothing changes, nothing is written
        List<AuditEventRecord> lines = tokenLines(unit.submitter());
        assertThat(lines).extracting(AuditEventRecord::getAction).containsExactlyInAnyOrder("TOKEN_CREATE", "TOKEN_REVOKE");
        assertThat(lines).filteredOn(l -> l.getAction().equals("TOKEN_REVOKE")).singleElement()
                .satisfies(l -> assertThat(l.getDetail()).contains("报送程序").doesNotContain(created.token()));
        assertThat(AuditAction.TOKEN_REVOKE.label()).isEqualTo("撤销接口令牌");
    }

    @Test
    void aCreationThatRollsBackLeavesNeitherTokenNorLine() {
        TestUnit unit = newUnit();
        Actor owner = actor(unit.submitter());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            apiTokens.create(owner, "不会留下");
            status.setRollbackOnly();
        });
        assertThat(tokenLines(unit.submitter())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE user_id = ?", Long.class, owner.userId())).isZero();
    }

    private List<AuditEventRecord> tokenLines(String username) {
        return audit.ofActor(username).stream().filter(l -> l.getAction().startsWith("TOKEN_")).toList();
    }
}
