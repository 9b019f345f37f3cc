package cn.perfeval.domain.report;

/** The staffing figures the report states in 一、单位基本情况; any may be null when the report does not state it. */
public record StaffingFacts(Integer administrativePosts,
                            Integer institutionPosts,
                            Integer onStaffIncludingTalentAndMilitaryFamily,
                            Integer retiredInSocialInsurance,
                            Integer retiredSelfFunded,
                            Integer attachedStudents,
                            Integer contractEmployees) {

    public static final StaffingFacts NONE = new StaffingFacts(null, null, null, null, null, null, null);
}
