import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives whole lifecycles over HTTP (import, submit, internal approval, finance approval, publication) from several
 * threads, as the demo's two street offices, one year per lifecycle; every acknowledged (HTTP 2xx) step is appended to
 * a log at once, so what the server confirmed before a crash can be checked against what it stored after.
 *
 *   java LifecycleDriver.java BASE_URL THREADS LIFECYCLES_PER_THREAD ACK_LOG SEED_JSON [FIRST_YEAR]
 *   java LifecycleDriver.java verify BASE_URL ACK_LOG      (every acknowledged step is stored; exit 1 if not)
 *   java LifecycleDriver.java race BASE_A BASE_B SEED_JSON YEAR  (two finance approvals of one task, one per node)
 */
public class LifecycleDriver {

    static final String PASSWORD = "Demo@123456";
    static final String[] UNITS = {"gaoqiao", "guitang"};
    static final String[] NAMES = {"长沙市雨花区高桥街道办事处", "长沙市雨花区圭塘街道办事处"};
    static final String[] STEPS = {"import", "submit", "internal", "finance", "publish"};
    static final String[] STATUS_AFTER = {"DRAFT", "INTERNAL_REVIEW", "FINANCE_REVIEW", "APPROVED", "PUBLISHED"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("verify")) {
            System.exit(verify(args[1], Path.of(args[2])));
        }
        if (args[0].equals("race")) {
            System.exit(race(args[1], args[2], Files.readString(Path.of(args[3])), Integer.parseInt(args[4])));
        }
        String base = args[0];
        int threads = Integer.parseInt(args[1]);
        int each = Integer.parseInt(args[2]);
        Path ackLog = Path.of(args[3]);
        String seed = Files.readString(Path.of(args[4]));
        int firstYear = args.length > 5 ? Integer.parseInt(args[5]) : 2001;
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        try (PrintWriter log = new PrintWriter(new FileWriter(ackLog.toFile(), true), true)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    int unit = thread % 2;
                    for (int i = 0; i < each; i++) {
                        int year = firstYear + (thread / 2) * each + i;
                        try {
                            lifecycle(base, unit, year, seed, log, acknowledged);
                            completed.incrementAndGet();
                        } catch (IOException | InterruptedException e) {
                            System.out.println("thread " + thread + " stops: " + e);
                            return;
                        } catch (RuntimeException e) {
                            System.out.println("thread " + thread + " lifecycle " + year + " refused: " + e.getMessage());
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        System.out.println("lifecycles completed: " + completed.get() + ", steps acknowledged: " + acknowledged.get());
    }

    static void lifecycle(String base, int unit, int year, String seed, PrintWriter log, AtomicInteger acks)
            throws IOException, InterruptedException {
        String submitter = UNITS[unit] + ".submitter";
        String doc = seed.replaceFirst("\"year\": *2020", "\"year\": " + year)
                .replace("长沙市雨花区高桥街道办事处", NAMES[unit]).replace("\"高桥街道办事处\"", "null");
        String imported = call(base, "POST", "/api/evaluations/import", submitter, doc);
        long id = Long.parseLong(field(imported, "id"));
        int version = Integer.parseInt(field(imported, "version"));
        ack(log, acks, id, 0);
        call(base, "POST", "/api/evaluations/" + id + "/submit", submitter,
                "{\"acknowledgedWarnings\":[\"STAFF_HEADCOUNT_MISMATCH\",\"PROJECT_ROWS_BLANK\"],\"version\":" + version + "}");
        ack(log, acks, id, 1);
        call(base, "POST", "/api/tasks/" + taskOf(base, UNITS[unit] + ".reviewer", id) + "/approve",
                UNITS[unit] + ".reviewer", "{\"comment\":\"同意报送\"}");
        ack(log, acks, id, 2);
        call(base, "POST", "/api/tasks/" + taskOf(base, "finance.reviewer", id) + "/approve", "finance.reviewer",
                "{\"comment\":\"评审通过\",\"reviewScores\":{\"1.1.1\":{\"score\":2}},\"reviewGrade\":\"良\","
                        + "\"opinion\":\"自评较规范\"}");
        ack(log, acks, id, 3);
        call(base, "POST", "/api/evaluations/" + id + "/publish", "publisher", null);
        ack(log, acks, id, 4);
    }

    /** Brings one evaluation to the finance review, then approves its task through both nodes at once. */
    static int race(String a, String b, String seed, int year) throws Exception {
        String doc = seed.replaceFirst("\"year\": *2020", "\"year\": " + year);
        String imported = call(a, "POST", "/api/evaluations/import", "gaoqiao.submitter", doc);
        long id = Long.parseLong(field(imported, "id"));
        call(b, "POST", "/api/evaluations/" + id + "/submit", "gaoqiao.submitter",
                "{\"acknowledgedWarnings\":[\"STAFF_HEADCOUNT_MISMATCH\",\"PROJECT_ROWS_BLANK\"],\"version\":"
                        + field(imported, "version") + "}");
        call(a, "POST", "/api/tasks/" + taskOf(b, "gaoqiao.reviewer", id) + "/approve", "gaoqiao.reviewer", "{}");
        String task = taskOf(a, "finance.reviewer", id);
        String body = "{\"comment\":\"评审通过\",\"reviewScores\":{},\"reviewGrade\":\"良\",\"opinion\":\"赛跑\"}";
        int[] statuses = new int[2];
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Thread[] racers = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            racers[i] = new Thread(() -> {
                try {
                    go.await();
                    statuses[n] = status(n == 0 ? a : b, "/api/tasks/" + task + "/approve", "finance.reviewer", body);
                } catch (Exception e) {
                    statuses[n] = -1;
                }
            });
            racers[i].start();
        }
        go.countDown();
        racers[0].join();
        racers[1].join();
        String view = call(a, "GET", "/api/evaluations/" + id, "finance.reviewer", null);
        java.util.Arrays.sort(statuses);
        System.out.println("race of two finance approvals across nodes: " + statuses[0] + " and " + statuses[1]
                + "; evaluation " + id + " is " + field(view, "status"));
        return statuses[0] == 200 && statuses[1] == 409 && field(view, "status").equals("APPROVED") ? 0 : 1;
    }

    static int status(String base, String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static synchronized void ack(PrintWriter log, AtomicInteger acks, long id, int step) {
        log.println(id + " " + STEPS[step]);
        acks.incrementAndGet();
    }

    /** The task the evaluation waits on, as a client reads it: from the evaluation's own openTask, not an inbox scan. */
    static String taskOf(String base, String user, long id) throws IOException, InterruptedException {
        String view = call(base, "GET", "/api/evaluations/" + id, user, null);
        Matcher m = Pattern.compile("\"openTask\":\\{\"taskId\":\"([^\"]+)\"").matcher(view);
        if (m.find()) {
            return m.group(1);
        }
        throw new IllegalStateException("no open task of " + user + " for evaluation " + id);
    }

    static String call(String base, String method, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** Every evaluation's last acknowledged step is stored: its status has reached at least what that step made it. */
    static int verify(String base, Path ackLog) throws Exception {
        java.util.Map<Long, Integer> last = new java.util.TreeMap<>();
        int steps = 0;
        for (String line : Files.readAllLines(ackLog)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                last.merge(Long.parseLong(parts[0]), List.of(STEPS).indexOf(parts[1]), Math::max);
                steps++;
            }
        }
        int lost = 0;
        for (var e : last.entrySet()) {
            String view = null;
            for (String unit : UNITS) {  // the unit's submitter reads its evaluation in every state
                try {
                    view = call(base, "GET", "/api/evaluations/" + e.getKey(), unit + ".submitter", null);
                    break;
                } catch (IllegalStateException notTheirs) {
                    // the other office's
                }
            }
            if (view == null) {
                lost++;
                System.out.println("LOST: evaluation " + e.getKey() + " acknowledged " + STEPS[e.getValue()]
                        + " is not there");
                continue;
            }
            int stored = List.of(STATUS_AFTER).indexOf(field(view, "status"));
            if (stored < e.getValue()) {
                lost++;
                System.out.println("LOST: evaluation " + e.getKey() + " acknowledged " + STEPS[e.getValue()]
                        + " but is " + field(view, "status"));
            }
        }
        System.out.println("acknowledged steps: " + steps + " over " + last.size() + " evaluations; lost: " + lost);
        return lost == 0 ? 0 : 1;
    }
}
