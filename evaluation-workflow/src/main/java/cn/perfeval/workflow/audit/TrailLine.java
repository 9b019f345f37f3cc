package cn.perfeval.workflow.audit;

/**
 * A line of an evaluation's trail as its history reads it: one action, or one person's saves of one part on one day
 * folded together in SQL ({@code times} of them, the newest's time), so an evaluation saved thousands of times reads
 * a line per day and not a row per save.
 */
public class TrailLine extends AuditEventRecord {

    private int times = 1;

    public int getTimes() {
        return times;
    }

    public void setTimes(int times) {
        this.times = times;
    }
}
