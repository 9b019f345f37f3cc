package cn.perfeval.workflow.common;

/** An event after which the totals {@link KeptCounts} keeps may be wrong (an evaluation or a campaign's units changed). */
public interface ChangesCounts {
}
