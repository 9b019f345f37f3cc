package cn.perfeval.workflow.org;

import java.time.Duration;

import org.springframework.stereotype.Component;

import cn.perfeval.workflow.common.KeptReads;

/**
 * A token's owner as the last request read them (account, unit, roles), so a client's every request does not read
 * them again. Dropped at once by any change of people, roles, units, passwords or tokens on this instance; a change on
 * another instance is seen here within {@link #MAX_AGE}.
 */
@Component
public class KeptAccounts extends KeptReads {

    /** How long a token revoked or an account disabled on another instance may still be accepted here. */
    public static final Duration MAX_AGE = Duration.ofSeconds(5);

    public KeptAccounts() {
        super(MAX_AGE);
    }
}
