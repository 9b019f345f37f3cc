package cn.perfeval.workflow.process;

import java.util.List;

/**
 * The steps of the deployed approval process as a picture draws them: nodes in the order the flow first reaches them,
 * each passed, current or still to come for one evaluation, and the flows between them (a flow back is a return).
 */
public record ProcessPicture(List<Node> nodes, List<Edge> edges) {

    public static final int STEP = 130;

    public enum State { PASSED, CURRENT, AHEAD }

    /** {@code kind}: start, task, gateway or end; {@code index} its place from the left. */
    public record Node(String id, String name, String kind, State state, int index) {

        public int x() {
            return 20 + index * STEP;
        }

        public boolean current() {
            return state == State.CURRENT;
        }

        public boolean passed() {
            return state == State.PASSED;
        }
    }

    /** A flow; {@code back} when it goes to an earlier node (a return, a withdrawal, an unpublish). */
    public record Edge(String from, String to, int fromIndex, int toIndex, boolean back, String label) {

        public int x1() {
            return 20 + fromIndex * STEP + (back ? 55 : 110);
        }

        public int x2() {
            return 20 + toIndex * STEP + (back ? 55 : 0);
        }

        /** How far below the boxes a flow back arcs, longer ones lower. */
        public int depth() {
            return 78 + Math.abs(fromIndex - toIndex) * 6;
        }
    }

    public int width() {
        return 40 + nodes.size() * STEP;
    }
}
