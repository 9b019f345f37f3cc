package cn.perfeval.workflow.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.org.KeptAccounts;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.org.AccountRow;
import cn.perfeval.workflow.org.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by their owner (shown once), listed and revoked by their owner, kept as a SHA-256 hash.
 * A token authenticates as its owner for as long as it is not revoked and the owner (and their unit) is enabled.
 */
@Service
public class ApiTokens {

    /** What every token starts with, so a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIX = "pe_";
    static final int MAX_ACTIVE = 20;
    static final int MAX_NAME = 64;
    /** The last use is written at most this often per token, so a busy client does not write on every request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenMapper tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Long, LocalDateTime> lastWritten = new ConcurrentHashMap<>();

    private final KeptAccounts accounts;

    public ApiTokens(ApiTokenMapper tokens, AuditTrail audit, Clock clock, KeptAccounts accounts) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public record CreatedToken(long id, String name, String token) {
    }

    public record TokenView(long id, String name, String hint, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                            LocalDateTime revokedAt, boolean active) {
        static TokenView of(ApiTokenRecord r) {
            return new TokenView(r.getId(), r.getName(), r.getTokenHint(), r.getCreatedAt(), r.getLastUsedAt(),
                    r.getRevokedAt(), r.getRevokedAt() == null);
        }
    }

    /** A token in use and its owner's account, as a password login reads it (whether it may log in is the caller's check). */
    public record Bearer(long tokenId, UserAccount account) {
    }

    @Transactional
    public CreatedToken create(Actor actor, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw UseCaseException.invalid("TOKEN_NAME_INVALID", "请填写令牌名称（不超过" + MAX_NAME + "字）",
                    List.of(ErrorDetail.at("$.name", trimmed.isEmpty() ? "令牌名称不能为空" : "令牌名称超过" + MAX_NAME + "字")));
        }
        if (tokens.activeOfUser(actor.userId()) >= MAX_ACTIVE) {
            throw UseCaseException.conflict("TOO_MANY_TOKENS", "每人最多可有" + MAX_ACTIVE + "个有效令牌，请先撤销不用的令牌");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenRecord r = new ApiTokenRecord();
        r.setUserId(actor.userId());
        r.setName(trimmed);
        r.setTokenHash(hash(token));
        r.setTokenHint(token.substring(0, PREFIX.length() + 4) + "…");
        r.setCreatedAt(LocalDateTime.now(clock));
        tokens.insert(r);
        audit.record(actor, AuditAction.TOKEN_CREATE, null, null, describe(r));
        return new CreatedToken(r.getId(), trimmed, token);
    }

    @Transactional(readOnly = true)
    public Page<TokenView> list(Actor actor, PageRequest request) {
        long total = tokens.countOfUser(actor.userId());
        List<TokenView> items = total <= request.offset() ? List.of()
                : tokens.ofUser(actor.userId(), request.offset(), request.size()).stream().map(TokenView::of).toList();
        return Page.of(items, total, request);
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        boolean revoked = tokens.revoke(actor.userId(), id, LocalDateTime.now(clock)) == 1;
        ApiTokenRecord r = tokens.selectById(id);
        if (r == null || r.getUserId() != actor.userId()) {
            throw UseCaseException.notFound("TOKEN_NOT_FOUND", "令牌不存在");
        }
        if (revoked) {
            // already revoked: revoking again changes nothing and writes nothing
            audit.record(actor, AuditAction.TOKEN_REVOKE, null, null, describe(r));
        }
        lastWritten.remove(id);
        accounts.changed();
    }

    private record Kept(String tokenHash) {
    }

    /** Name, hint and number of a token as the trail keeps them (never the token itself). */
    private static String describe(ApiTokenRecord r) {
        return "令牌「" + r.getName() + "」（" + r.getTokenHint() + "，编号 " + r.getId() + "）";
    }

    /**
     * The owner of a token that is not revoked, read in one statement and outside a transaction (this runs on every
     * request made with a token); records its use (to the minute). Whether the owner may still log in (enabled, unit
     * enabled, not locked) is the caller's check.
     */
    public Optional<Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        // an unknown token is not kept: guesses would push the real ones out
        List<BearerRow> rows = accounts.get(new Kept(hash), () -> List.copyOf(tokens.bearer(hash)), found -> !found.isEmpty());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BearerRow first = rows.get(0);
        recordUse(first.getTokenId(), first.getTokenLastUsedAt());
        return AccountRow.account(rows).map(a -> new Bearer(first.getTokenId(), a));
    }

    private void recordUse(long tokenId, LocalDateTime lastUsed) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime last = lastWritten.getOrDefault(tokenId, lastUsed);
        if (last == null || last.plus(LAST_USE_RESOLUTION).isBefore(now)) {
            tokens.used(tokenId, now);
            lastWritten.put(tokenId, now);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
