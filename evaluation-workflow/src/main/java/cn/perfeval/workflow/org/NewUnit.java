package cn.perfeval.workflow.org;

/** What an administrator enters to create a unit. */
public record NewUnit(String code, String name, String shortName, String unitType) {
}
