package cn.perfeval.workflow.token;

import java.time.LocalDateTime;

import cn.perfeval.workflow.org.AccountRow;

/** A token in use with its owner's account, one row per role of the owner. */
public class BearerRow extends AccountRow {

    private Long tokenId;
    private LocalDateTime tokenLastUsedAt;

    public Long getTokenId() { return tokenId; }
    public void setTokenId(Long tokenId) { this.tokenId = tokenId; }
    public LocalDateTime getTokenLastUsedAt() { return tokenLastUsedAt; }
    public void setTokenLastUsedAt(LocalDateTime tokenLastUsedAt) { this.tokenLastUsedAt = tokenLastUsedAt; }
}
