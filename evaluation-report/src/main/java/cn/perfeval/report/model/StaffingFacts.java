package cn.perfeval.report.model;

/** The staffing facts stated in Attachment 3 (any may be {@code null}). */
public record StaffingFacts(Integer administrativePosts, Integer institutionPosts, Integer onStaff,
                            Integer retiredInSocialInsurance, Integer retiredSelfFunded, Integer attachedStudents,
                            Integer contractEmployees) {

    /** Label/value pairs to print, skipping missing ones. */
    public java.util.List<String[]> lines() {
        java.util.List<String[]> l = new java.util.ArrayList<>();
        add(l, "行政编制", administrativePosts);
        add(l, "事业编制", institutionPosts);
        add(l, "在职在编", onStaff);
        add(l, "纳入社保退休人员", retiredInSocialInsurance);
        add(l, "自收自支退休人员", retiredSelfFunded);
        add(l, "挂编学生", attachedStudents);
        add(l, "机关雇员", contractEmployees);
        return l;
    }

    private static void add(java.util.List<String[]> l, String label, Integer v) {
        if (v != null) {
            l.add(new String[] {label, v + "人"});
        }
    }
}
