package cn.perfeval.workflow.org;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Log-in throttling with growing delays, never a lock (issue 13, point 8). Three keys:
 * <ul>
 *   <li>the account from one client address: at most {@value #PAIR_LIMIT} attempts are let through to the password
 *   check; each is counted <em>before</em> the check by a compare-and-set, so a burst of parallel guesses gets no more
 *   than that; then one attempt per delay (1, 2, 4, 8, 15 minutes). A success clears it;</li>
 *   <li>the account from any address: {@value #ACCOUNT_LIMIT} failures make every address wait, so guesses spread over
 *   many addresses are slowed too, but a stranger on one address cannot keep the owner out;</li>
 *   <li>the client address over all accounts: {@value #ADDRESS_LIMIT} failures make that address wait (guessing one
 *   password on many accounts). A success from the address does not clear it.</li>
 * </ul>
 * Unknown user names are counted exactly as real ones, so the answers say nothing about which accounts exist.
 * Counts restart after an hour without failures.
 */
@Service
public class LoginThrottle {

    public static final int PAIR_LIMIT = 5;
    public static final int ACCOUNT_LIMIT = 20;
    public static final int ADDRESS_LIMIT = 20;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration QUIET = Duration.ofHours(1);
    private static final int MAX_TRIES = 200;

    private final LoginThrottleMapper rows;
    private final Clock clock;

    public LoginThrottle(LoginThrottleMapper rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Whether this attempt may have its password checked; if so it is already counted against the account-and-address. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean tryAttempt(String username, String address) {
        LocalDateTime now = now();
        if (waiting(accountKey(username), now) || waiting(addressKey(address), now)) {
            return false;
        }
        return count(pairKey(username, address), PAIR_LIMIT, now, true);
    }

    /** A checked attempt failed: it already counts for its pair; it now counts for the account and the address. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void failed(String username, String address) {
        LocalDateTime now = now();
        count(accountKey(username), ACCOUNT_LIMIT, now, false);
        count(addressKey(address), ADDRESS_LIMIT, now, false);
    }

    /** The right password: the account's counts start again (the address's does not, or one account would reset it). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void succeeded(String username, String address) {
        rows.clear(pairKey(username, address));
        rows.clear(accountKey(username));
    }

    /** An administrator set a new password: the account may be tried again at once from everywhere. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void clearAccount(String username) {
        rows.clearAccount(accountKey(username), "pair:" + name(username) + "|");
    }

    /** How long the next attempt after {@code beyond} attempts past the limit waits: 1, 2, 4, 8, then 15 minutes. */
    static Duration delay(int beyond) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 10));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private boolean waiting(String key, LocalDateTime now) {
        LoginThrottleRecord row = rows.selectById(key);
        return row != null && row.getBlockedUntil() != null && row.getBlockedUntil().isAfter(now);
    }

    /** Adds one to a key by compare-and-set; with {@code onlyIfFree} refuses (false) while the key waits. */
    private boolean count(String key, int limit, LocalDateTime now, boolean onlyIfFree) {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            LoginThrottleRecord row = rows.selectById(key);
            if (row == null) {
                insertEmpty(key, now);
                continue;
            }
            boolean waiting = row.getBlockedUntil() != null && row.getBlockedUntil().isAfter(now);
            if (onlyIfFree && waiting) {
                return false;
            }
            int seen = row.getFailures();
            boolean quiet = !waiting && row.getUpdatedAt().plus(QUIET).isBefore(now);
            int next = (quiet ? 0 : seen) + 1;
            LocalDateTime blockedUntil = next >= limit ? now.plus(delay(next - limit))
                    : quiet ? null : row.getBlockedUntil();
            if (rows.compareAndSet(key, seen, next, blockedUntil, now, onlyIfFree)) {
                return true;
            }
        }
        // so many attempts at once on one key that none settled: refuse rather than check unbounded
        return !onlyIfFree;
    }

    private void insertEmpty(String key, LocalDateTime now) {
        LoginThrottleRecord row = new LoginThrottleRecord();
        row.setThrottleKey(key);
        row.setFailures(0);
        row.setUpdatedAt(now);
        try {
            rows.insert(row);
        } catch (DataIntegrityViolationException parallelAttemptWasFirst) {
            // the row exists now, which is all that was wanted
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static String pairKey(String username, String address) {
        return "pair:" + name(username) + "|" + address(address);
    }

    static String accountKey(String username) {
        return "account:" + name(username);
    }

    static String addressKey(String address) {
        return "address:" + address(address);
    }

    private static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String address(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address.trim();
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
