package cn.perfeval.workflow.org;

import java.time.LocalDateTime;

/** A unit as the pages show it. */
public record UnitView(long id, String code, String name, String shortName, String unitType, Long parentId,
                       boolean enabled, LocalDateTime createdAt) {

    public static UnitView of(OrgUnitRecord u) {
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getUnitType(), u.getParentId(),
                Boolean.TRUE.equals(u.getEnabled()), u.getCreatedAt());
    }

    public boolean isUnder(long bureauId) {
        return parentId != null && parentId == bureauId;
    }

    public boolean isBureau() {
        return OrgUnitRecord.FINANCE_BUREAU.equals(unitType);
    }

    public String typeLabel() {
        return OrgAdministration.unitTypeLabel(unitType);
    }
}
