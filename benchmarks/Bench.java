import java.io.IOException;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP client (run by benchmarks/run.sh, JDK single-file source):
 *   java Bench.java tokens BASE USER...                 one API token per user (HTTP Basic once each), "user token" lines
 *   java Bench.java reads BASE TOKENS SECONDS CLIENTS NAME=PATH[@user]...   each read for SECONDS with CLIENTS clients
 *   java Bench.java lifecycles BASE TOKENS SECONDS CLIENTS[,CLIENTS…] SEED FIRST_UNIT [UNITS_PER_CLIENT [WARMUP_SECONDS
 *       [WARMUP_UNITS_PER_CLIENT]]]   whole lifecycles as real clients run them: a warm-up at 4 clients (not reported),
 *       then SECONDS at each count
 *   java Bench.java pending BASE TOKENS COUNT SEED FIRST_UNIT   COUNT evaluations left waiting for the finance review (the inbox's)
 * Results are printed as "result|…" lines the script collects.
 */
public class Bench {

    static final String PASSWORD = "Demo@123456";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tokens" -> {
                // four at a time: each is one BCrypt check of the password (HTTP Basic), and there are several hundred
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
                List<java.util.concurrent.Future<String>> lines = new ArrayList<>();
                for (int i = 2; i < args.length; i++) {
                    String user = args[i];
                    lines.add(pool.submit(() -> user + " " + field(send(args[1], "POST", "/api/tokens", basic(user),
                            "{\"name\":\"benchmark\"}"), "token")));
                }
                for (java.util.concurrent.Future<String> line : lines) {
                    System.out.println(line.get());
                }
                pool.shutdown();
            }
            case "reads" -> reads(args);
            case "lifecycles" -> lifecycles(args);
            case "pending" -> {
                Map<String, String> tokens = tokens(Path.of(args[2]));
                String seed = Files.readString(Path.of(args[4]));
                int count = Integer.parseInt(args[3]);
                for (int n = 0; n < count; n++) {
                    untilFinanceReview(args[1], tokens, Integer.parseInt(args[5]) + n / LAST_YEAR_SPAN,
                            2000 + n % LAST_YEAR_SPAN, seed);
                }
                System.out.println("pending " + count);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Map<String, String> tokens(Path file) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] p = line.trim().split(" ");
            if (p.length == 2) {
                tokens.put(p[0], "Bearer " + p[1]);
            }
        }
        return tokens;
    }

    static void reads(String[] args) throws Exception {
        String base = args[1];
        Map<String, String> tokens = tokens(Path.of(args[2]));
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        // every read first runs unmeasured, all of them before the first is measured, so each p95 is the warm server's
        // and the warm client's (the JIT compiles the paths they share over a minute or more), not the compiler's
        int warmup = Integer.parseInt(System.getenv().getOrDefault("READ_WARMUP_SECONDS", "30"));
        Map<String, Integer> warmupErrors = new LinkedHashMap<>();
        for (int i = 5; i < args.length && warmup > 0; i++) {
            String[] pathAndUser = args[i].split("=", 2)[1].split("@");
            read(base + pathAndUser[0], pathAndUser.length > 1 ? tokens.get(pathAndUser[1]) : null, warmup, clients);
            warmupErrors.put(args[i], lastErrors);  // an error while warming up is still an error of this read
        }
        for (int i = 5; i < args.length; i++) {
            String[] nameAndPath = args[i].split("=", 2);
            String[] pathAndUser = nameAndPath[1].split("@");
            String auth = pathAndUser.length > 1 ? tokens.get(pathAndUser[1]) : null;
            List<Long> sorted = read(base + pathAndUser[0], auth, seconds, clients);
            System.out.printf("result|read|%s|%s|%d|%.1f|%.1f|%.1f|%d|%d%n", nameAndPath[0], pathAndUser[0], sorted.size(),
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), warmupErrors.getOrDefault(args[i], 0) + lastErrors,
                    lastBytes);
        }
    }

    static int lastErrors;
    static long lastBytes;

    /** CLIENTS closed-loop clients on one URL for SECONDS: the sorted times in µs (errors and bytes per answer beside). */
    static List<Long> read(String url, String auth, int seconds, int clients) throws InterruptedException {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60)).GET();
                        if (auth != null) {
                            r.header("Authorization", auth);
                        }
                        HttpResponse<byte[]> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(response.body().length);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add((System.nanoTime() - start) / 1000);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        lastErrors = errors.get();
        lastBytes = sorted.isEmpty() ? 0 : bytes.get() / sorted.size();
        return sorted;
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /**
     * Client c works as the submitter and reviewer of UNITS_PER_CLIENT lifecycle units (from FIRST_UNIT + c ×
     * UNITS_PER_CLIENT on), one past year after another (2000–2025: a future year needs its campaign); the bureau's
     * finance.reviewer and publisher are shared.
     */
    static void lifecycles(String[] args) throws Exception {
        String base = args[1];
        Map<String, String> tokens = tokens(Path.of(args[2]));
        int seconds = Integer.parseInt(args[3]);
        String seed = Files.readString(Path.of(args[5]));
        int unit = Integer.parseInt(args[6]);
        int unitsPerClient = args.length > 7 ? Integer.parseInt(args[7]) : 2;
        int warmup = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        int warmupUnitsPerClient = args.length > 9 ? Integer.parseInt(args[9]) : unitsPerClient;
        // one client process for the warm-up and every timed run: its own JIT is warm too, as a real client's would be
        if (warmup > 0) {
            run(base, tokens, warmup, 4, seed, unit, warmupUnitsPerClient, false);
            unit += 4 * warmupUnitsPerClient;
        }
        for (String c : args[4].split(",")) {
            int clients = Integer.parseInt(c.trim());
            run(base, tokens, seconds, clients, seed, unit, unitsPerClient, true);
            unit += clients * unitsPerClient;
        }
    }

    static void run(String base, Map<String, String> tokens, int seconds, int clients, String seed, int firstUnit,
                    int unitsPerClient, boolean report) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long startAll = System.nanoTime();
        long end = startAll + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < unitsPerClient * LAST_YEAR_SPAN) {
                    int unit = firstUnit + unitsPerClient * client + n / LAST_YEAR_SPAN;
                    int year = 2000 + n % LAST_YEAR_SPAN;
                    n++;
                    try {
                        lifecycle(base, tokens, unit, year, seed);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 5) {
                            System.out.println("lifecycle failed: " + e.getMessage());
                        }
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - startAll) / 1e9;
        if (report) {
            System.out.printf("result|lifecycles|%d|%d|%d|%.2f|%.3f%n", clients, done.get(), failed.get(), elapsed,
                    done.get() / elapsed);
        }
    }

    /** Years 2000–2025 of a lifecycle unit. */
    static final int LAST_YEAR_SPAN = 26;

    static void lifecycle(String base, Map<String, String> tokens, int unit, int year, String seed) throws Exception {
        long id = untilFinanceReview(base, tokens, unit, year, seed);
        String finance = tokens.get("finance.reviewer");
        send(base, "POST", "/api/tasks/" + openTask(base, finance, id) + "/approve", finance,
                "{\"comment\":\"评审通过\",\"reviewScores\":{\"1.1.1\":{\"score\":2}},\"reviewGrade\":\"良\",\"opinion\":\"自评较规范\"}");
        send(base, "POST", "/api/evaluations/" + id + "/publish", tokens.get("publisher"), null);
    }

    /** Import, read the checks, submit and approve internally: the evaluation then waits in the finance reviewer's inbox. */
    static long untilFinanceReview(String base, Map<String, String> tokens, int unit, int year, String seed) throws Exception {
        String unitName = "基准周期单位" + unit + "号";
        String submitter = tokens.get("cycle" + unit + ".submitter");
        String reviewer = tokens.get("cycle" + unit + ".reviewer");
        String doc = seed.replaceFirst("\"year\": *2020", "\"year\": " + year)
                .replace("长沙市雨花区高桥街道办事处", unitName).replace("\"高桥街道办事处\"", "null");
        String imported = send(base, "POST", "/api/evaluations/import", submitter, doc);
        long id = Long.parseLong(field(imported, "id"));
        String version = field(imported, "version");
        // the warnings the client has read are the ones it acknowledges: no refused first submit
        String checks = send(base, "GET", "/api/evaluations/" + id + "/checks", submitter, null);
        List<String> warnings = new ArrayList<>();
        Matcher w = Pattern.compile("\"code\":\"([A-Z_]+)\",\"severity\":\"WARNING\"").matcher(checks);
        while (w.find()) {
            warnings.add("\"" + w.group(1) + "\"");
        }
        send(base, "POST", "/api/evaluations/" + id + "/submit", submitter,
                "{\"acknowledgedWarnings\":" + warnings + ",\"version\":" + version + "}");
        send(base, "POST", "/api/tasks/" + openTask(base, reviewer, id) + "/approve", reviewer, "{\"comment\":\"同意报送\"}");
        return id;
    }

    /** The task id from the evaluation's view (openTask), never by reading an inbox. */
    static String openTask(String base, String auth, long id) throws Exception {
        String view = send(base, "GET", "/api/evaluations/" + id, auth, null);
        Matcher m = Pattern.compile("\"openTask\":\\{\"taskId\":\"([^\"]+)\"").matcher(view);
        if (!m.find()) {
            throw new IllegalStateException("no open task in " + view);
        }
        return m.group(1);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String send(String base, String method, String path, String auth, String json) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", auth)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
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
}
