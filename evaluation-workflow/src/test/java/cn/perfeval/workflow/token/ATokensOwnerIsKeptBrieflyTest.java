package cn.perfeval.workflow.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.org.KeptAccounts;
import cn.perfeval.workflow.org.OrgAdministration;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.support.Statements;
import cn.perfeval.workflow.support.UseCaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client's every request carries its token: the owner is read once and kept, a change made here (disabled, roles,
 * revoked) is seen by the next request, and one made on another instance (a row changed under us) within
 * {@link KeptAccounts#MAX_AGE}.
 */
class ATokensOwnerIsKeptBrieflyTest extends UseCaseTest {

    @Autowired
    ApiTokens apiTokens;
    @Autowired
    OrgAdministration administration;

    @Test
    void theOwnerIsReadOnceAndAChangeHereIsSeenByTheNextRequest() {
        TestUnit unit = newUnit();
        String token = apiTokens.create(actor(unit.submitter()), "报送程序").token();

        assertThat(apiTokens.authenticate(token)).get().satisfies(b -> assertThat(b.account().enabled()).isTrue());
        Statements.reset();
        assertThat(apiTokens.authenticate(token)).isPresent();
        assertThat(Statements.current().total()).as(String.join("\n", Statements.current().sql)).isZero();

        long userId = actor(unit.submitter()).userId();
        administration.setEnabled(actor("admin"), userId, false);
        assertThat(apiTokens.authenticate(token)).get().satisfies(b -> assertThat(b.account().enabled()).isFalse());
        administration.setEnabled(actor("admin"), userId, true);
        administration.setRoles(actor("admin"), userId, Set.of(Role.INTERNAL_REVIEWER));
        assertThat(apiTokens.authenticate(token)).get()
                .satisfies(b -> assertThat(b.account().roles()).containsExactly(Role.INTERNAL_REVIEWER));

        long tokenId = jdbc.queryForObject("SELECT id FROM api_token WHERE user_id = ?", Long.class, userId);
        apiTokens.revoke(actor(unit.submitter()), tokenId);
        assertThat(apiTokens.authenticate(token)).isEmpty();
    }

    @Test
    void aChangeOnAnotherInstanceIsSeenWithinTheMaximumAge() throws InterruptedException {
        TestUnit unit = newUnit();
        String token = apiTokens.create(actor(unit.submitter()), "报送程序").token();
        assertThat(apiTokens.authenticate(token)).isPresent();

        // another instance revokes it: this one learns of it only from the row
        jdbc.update("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE token_hash = ?", ApiTokens.hash(token));
        Optional<ApiTokens.Bearer> meanwhile = apiTokens.authenticate(token);
        Thread.sleep(KeptAccounts.MAX_AGE.toMillis() + 200);

        assertThat(meanwhile).as("kept for at most the maximum age").isPresent();
        assertThat(apiTokens.authenticate(token)).isEmpty();
    }

    @Test
    void anUnknownTokenIsNotKept() {
        String guess = ApiTokens.PREFIX + "not-a-token-anyone-was-given";
        assertThat(apiTokens.authenticate(guess)).isEmpty();
        Statements.reset();
        assertThat(apiTokens.authenticate(guess)).isEmpty();
        assertThat(Statements.current().selects.get()).isEqualTo(1);
    }
}
