package cn.perfeval.workflow.org;

import java.time.LocalDateTime;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A row of org_unit: the finance bureau, a street office or a department. */
@TableName("org_unit")
public class OrgUnitRecord {

    public static final String FINANCE_BUREAU = "FINANCE_BUREAU";
    public static final String STREET_OFFICE = "STREET_OFFICE";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private String shortName;
    private String unitType;
    private Long parentId;
    private Boolean enabled;
    private LocalDateTime createdAt;

    /** Whether this unit reports to the given bureau. */
    public boolean isUnder(long bureauId) {
        return parentId != null && parentId == bureauId;
    }

    /** The bureau this unit reports to; a bureau is its own. */
    public long bureauId() {
        return parentId == null ? id : parentId;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getUnitType() { return unitType; }
    public void setUnitType(String unitType) { this.unitType = unitType; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
