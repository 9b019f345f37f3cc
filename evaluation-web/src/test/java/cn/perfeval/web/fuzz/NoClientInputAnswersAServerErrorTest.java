package cn.perfeval.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of requests a client can send (every write endpoint Spring knows, pages and API, with wrong types, poison
 * numbers, texts past every limit, NULs, broken uploads, wrong Content-Type and Accept, garbage in the path) and not
 * one 5xx: each refusal in our shape (code, Chinese message, a path where a field is at fault; a whole page), and
 * every evaluation saved along the way still scores and renders. Seeded, so a failure can be replayed.
 */
class NoClientInputAnswersAServerErrorTest extends RunningPlatformTest {

    /** -Dfuzz.requests or FUZZ_REQUESTS (the environment reaches surefire's forked JVM) for a shorter run. */
    private static final int REQUESTS = Integer.getInteger("fuzz.requests",
            Integer.parseInt(System.getenv().getOrDefault("FUZZ_REQUESTS", "6000")));
    private static final long SEED = Long.getLong("fuzz.seed", 20_240_613L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "java\\.|Exception|Failed to convert|NumberFormat|\\bnull\\b pointer|at cn\\.perfeval|org\\.springframework");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Set<String> SKIPPED = Set.of("/login", "/logout", "/error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private record Endpoint(String method, String pattern, boolean multipart) {
    }

    private record Session(String cookie, String csrf) {
    }

    private TestUnit unit;
    private long evaluationId;
    private long campaignId;
    private String seedJson;
    private Session submitter;
    private Session admin;

    @Test
    void thousandsOfHostileRequestsGetNoServerErrorAndEverySavedEvaluationStillRenders() throws Exception {
        scene();
        List<Endpoint> writes = endpoints(true);
        List<Endpoint> reads = endpoints(false);
        assertThat(writes).as("write endpoints found in the handler mapping").hasSizeGreaterThan(30);

        RawHttp raw = new RawHttp(port);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Random random = new Random(SEED + t);
            work.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS / 4; i++) {
                    Endpoint endpoint = random.nextInt(10) < 8 ? pick(random, writes) : pick(random, reads);
                    Request request = request(random, endpoint);
                    try {
                        RawHttp.Answer answer = raw.send(request.method, request.target, request.headers, request.body,
                                request.declaredLength);
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                        String problem = problem(request, answer);
                        if (problem != null && failures.size() < 40) {
                            failures.add(problem + " ← " + request.describe() + " → " + answer.status() + " "
                                    + abbreviate(answer.text()));
                        }
                    } catch (Exception e) {
                        failures.add("no answer: " + e + " ← " + request.describe());
                    }
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("fuzz: %d requests over %d write and %d read endpoints in %d s, statuses %s%n", sent.get(),
                writes.size(), reads.size(), seconds, new java.util.TreeMap<>(statuses));

        assertThat(sent.get()).isGreaterThanOrEqualTo(Math.min(5_000, REQUESTS));
        assertThat(failures).as("seed %d", SEED).isEmpty();
        everySavedEvaluationStillScoresAndRenders();
    }

    private void everySavedEvaluationStillScoresAndRenders() {
        HttpTestClient http = http();
        List<Long> ids = jdbc.queryForList("select id from evaluation where unit_id = ?", Long.class, unit.id());
        assertThat(ids).contains(evaluationId);
        for (long id : ids) {
            String user = unit.submitter();
            assertThat(http.get("/api/evaluations/" + id + "/score-sheet", user).status()).as("score sheet of %d", id)
                    .isEqualTo(200);
            for (String file : List.of("report.html", "report.pdf", "report.docx", "attachments.xlsx")) {
                assertThat(http.get("/api/evaluations/" + id + "/" + file, user).status()).as("%s of %d", file, id)
                        .isEqualTo(200);
            }
        }
    }

    // ---- what is wrong with an answer, or null

    private static String problem(Request request, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "5xx";
        }
        String text = answer.text();
        if (text.contains("Apache Tomcat") || text.contains("Whitelabel")) {
            return "container page";
        }
        boolean api = request.target.startsWith("/api/");
        if (answer.status() < 400) {
            return null;
        }
        if (api || answer.contentType().startsWith("application/json")) {
            JsonNode body;
            try {
                body = JSON.readTree(text);
            } catch (RuntimeException e) {
                return "error body is not JSON";
            }
            String message = body.path("message").asString("");
            if (body.path("code").asString("").isBlank() || !CJK.matcher(message).find()) {
                return "error without code or Chinese message";
            }
            if (JAVA_TEXT.matcher(message).find() || JAVA_TEXT.matcher(body.path("details").toString()).find()) {
                return "Java text in the message";
            }
            if (answer.status() == 400) {
                boolean located = false;
                for (JsonNode detail : body.path("details")) {
                    located |= !detail.path("path").asString("").isBlank();
                }
                if (!located) {
                    return "400 without a path in details";
                }
            }
            return null;
        }
        if (answer.contentType().startsWith("text/html") && !text.contains("</html>")) {
            return "page not rendered whole";
        }
        return null;
    }

    // ---- the scene

    private void scene() {
        unit = Scenes.newUnit(directory, encoder);
        seedJson = Scenes.json(Scenes.seedFor(unit, 2020));
        evaluationId = evaluations.importDocument(Scenes.actor(directory, unit.submitter()), seedJson).id();
        String adminName = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN, Role.PUBLISHER,
                Role.FINANCE_REVIEWER));
        campaignId = jdbc.queryForObject("select max(id) from campaign", Long.class);
        submitter = login(unit.submitter());
        admin = login(adminName);
    }

    private Session login(String username) {
        HttpTestClient http = http();
        HttpTestClient.Response page = http.getWithCookie("/login", null);
        HttpTestClient.Response login = http.postForm("/login", page.sessionCookie(),
                "username=" + username + "&password=Demo%40123456&_csrf=" + csrf(page.body()));
        String cookie = login.sessionCookie();
        assertThat(cookie).as("logged in as " + username).isNotNull();
        String workbench = http.getWithCookie("/workbench", cookie).body();
        return new Session(cookie, csrf(workbench));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    private List<Endpoint> endpoints(boolean writes) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.getSubtype().equals("form-data"));
            for (String pattern : info.getPatternValues()) {
                if (SKIPPED.contains(pattern) || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    boolean write = method != RequestMethod.GET && method != RequestMethod.HEAD
                            && method != RequestMethod.OPTIONS;
                    if (write == writes) {
                        found.add(new Endpoint(method.name(), pattern, multipart));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return found;
    }

    // ---- requests

    private final class Request {
        String method;
        String target;
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        Integer declaredLength;

        String describe() {
            String shown = body == null ? "" : abbreviate(new String(body, StandardCharsets.UTF_8));
            return method + " " + abbreviate(target) + " " + headers.entrySet().stream()
                    .filter(e -> !e.getKey().equals("Cookie")).toList() + " " + shown;
        }
    }

    private static final String[] GARBAGE_IDS = {"0", "-1", "99999999999999999999", "abc", "%00", "..%2f", "1.5",
            "%E4%B8%AD", "1e3", "%20", "2147483648", "%2e%2e", "a%00b", "x;y", "999999999"};
    private static final String[] ACCEPTS = {"application/json", "application/pdf", "text/html", "application/xml",
            "text/plain", "*/*", null, "image/png", "garbage/;;", "text/html,application/xhtml+xml"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json;charset=GBK", "text/plain",
            "application/xml", "multipart/form-data", "multipart/form-data; boundary=XyZ", "application/x-www-form-urlencoded",
            null, "application/json;charset=UTF-8", "image/png"};
    private static final String[] FORM_KEYS = {"name", "year", "templateCode", "deadline", "reminderDays", "unitIds",
            "username", "displayName", "password", "roles", "reason", "comment", "opinion", "grade", "content", "version",
            "indicatorCode", "enabled", "shortName", "code", "kind", "parentId", "unitId", "acknowledgedWarnings",
            "reviewScores", "campaignId", "json", "file"};

    private Request request(Random random, Endpoint endpoint) {
        Request r = new Request();
        r.method = endpoint.method;
        r.target = fillPath(random, endpoint.pattern) + query(random);
        int who = random.nextInt(20);
        Session session = who == 0 ? null : endpoint.pattern.startsWith("/admin") || who < 7 ? admin : submitter;
        if (session != null) {
            r.headers.put("Cookie", session.cookie);
            if (random.nextInt(30) > 0) {
                r.headers.put("X-CSRF-TOKEN", session.csrf);
            }
        }
        String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
        if (accept != null) {
            r.headers.put("Accept", accept);
        }
        if (random.nextInt(8) == 0) {
            r.headers.put("If-Match", random.nextBoolean() ? "\"" + version() + "\"" : "W/\"x\"");
        }
        if (!endpoint.method.equals("GET")) {
            body(random, endpoint, r, session);
        }
        return r;
    }

    private void body(Random random, Endpoint endpoint, Request r, Session session) {
        int kind = random.nextInt(10);
        if (endpoint.multipart || kind == 0) {
            multipart(random, r);
            return;
        }
        String type = endpoint.pattern.startsWith("/api/") && kind < 7 ? "application/json"
                : CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        if (!endpoint.pattern.startsWith("/api/") && kind < 6) {
            type = "application/x-www-form-urlencoded";
        }
        if (type != null) {
            r.headers.put("Content-Type", type);
        }
        String text = type != null && type.startsWith("application/x-www-form-urlencoded")
                ? form(random, session) : Mutations.json(random, templateFor(endpoint.pattern));
        r.body = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(25) == 0) {
            r.declaredLength = r.body.length + 10;
        }
    }

    private void multipart(Random random, Request r) {
        String boundary = "----fuzz" + random.nextInt(1000);
        int variant = random.nextInt(6);
        r.headers.put("Content-Type", variant == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary);
        String name = new String[] {"a.pdf", "x\u0000y.pdf", "", "../../etc/passwd", "很长".repeat(300) + ".docx",
                "证明.jpg"}[random.nextInt(6)];
        String part = variant == 1 ? "other" : "file";
        byte[] content = new byte[][] {
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), new byte[0], "MZ\u0090".getBytes(
                StandardCharsets.ISO_8859_1)}[random.nextInt(5)];
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        String tail = variant == 2 ? "" : "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"indicatorCode\""
                + "\r\n\r\n" + Mutations.string(random) + "\r\n--" + boundary + "--\r\n";
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[variant == 3 ? 0 : headBytes.length + content.length + tailBytes.length];
        if (variant != 3) {
            System.arraycopy(headBytes, 0, body, 0, headBytes.length);
            System.arraycopy(content, 0, body, headBytes.length, content.length);
            System.arraycopy(tailBytes, 0, body, headBytes.length + content.length, tailBytes.length);
        }
        r.body = variant == 4 ? java.util.Arrays.copyOf(body, body.length / 2) : body;
    }

    private String form(Random random, Session session) {
        StringBuilder form = new StringBuilder();
        if (session != null && random.nextInt(20) > 0) {
            form.append("_csrf=").append(session.csrf);
        }
        for (int i = random.nextInt(6); i >= 0; i--) {
            String key = FORM_KEYS[random.nextInt(FORM_KEYS.length)];
            String value = key.equals("unitIds") && random.nextBoolean() ? String.valueOf(unit.id())
                    : key.equals("version") && random.nextBoolean() ? String.valueOf(version()) : Mutations.string(random);
            form.append('&').append(key).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private String templateFor(String pattern) {
        if (pattern.endsWith("/import")) {
            return seedJson;
        }
        if (pattern.startsWith("/api/evaluations/{id}/") || pattern.startsWith("/evaluations/{id}/parts")) {
            JsonNode seed = JSON.readTree(seedJson);
            return pattern.contains("basic") ? seed.path("basicData").toString()
                    : pattern.contains("score") ? seed.path("scoreSheet").toString()
                    : pattern.contains("report") ? seed.path("report").toString()
                    : "{\"acknowledgedWarnings\":[\"STAFF_HEADCOUNT_MISMATCH\",\"PROJECT_ROWS_BLANK\"],\"version\":"
                    + version() + ",\"reason\":\"理由\"}";
        }
        if (pattern.startsWith("/api/campaigns")) {
            return "{\"year\":2099,\"name\":\"模糊测试任务\",\"templateCode\":\"yuhua-2020\",\"deadline\":\"2099-12-31T17:00:00\","
                    + "\"reminderDays\":3,\"unitIds\":[" + unit.id() + "]}";
        }
        if (pattern.startsWith("/api/tasks")) {
            return "{\"comment\":\"同意\",\"reviewScores\":{\"1.1.1\":{\"score\":1,\"reason\":\"\"}},\"grade\":\"良\","
                    + "\"opinion\":\"意见\"}";
        }
        return "{\"reason\":\"理由\",\"comment\":\"意见\",\"name\":\"名称\"}";
    }

    private String fillPath(Random random, String pattern) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = random.nextInt(3) == 0 ? GARBAGE_IDS[random.nextInt(GARBAGE_IDS.length)] : owned(random, pattern, name);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String owned(Random random, String pattern, String name) {
        return switch (name) {
            case "part" -> new String[] {"basic-data", "score-sheet", "report", "BASIC_DATA", "x"}[random.nextInt(5)];
            case "round" -> String.valueOf(random.nextInt(3));
            case "campaignId" -> String.valueOf(campaignId);
            case "taskId", "jobId", "fileId", "code" -> "999999999";
            default -> pattern.startsWith("/admin/users") ? "999999999"
                    : pattern.startsWith("/admin/units") ? String.valueOf(unit.id())
                    : pattern.contains("campaign") || pattern.startsWith("/board") ? String.valueOf(campaignId)
                    : pattern.contains("notification") ? "999999999" : String.valueOf(evaluationId);
        };
    }

    private String query(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "?version=" + version();
            case 1 -> "?version=" + GARBAGE_IDS[random.nextInt(GARBAGE_IDS.length)];
            case 2 -> "?page=" + GARBAGE_IDS[random.nextInt(GARBAGE_IDS.length)] + "&size=100000";
            case 3 -> "?year=abc&status=NOPE&unitId=x";
            default -> "";
        };
    }

    private int version() {
        return jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, evaluationId);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…(" + flat.length() + ")" : flat;
    }
}
