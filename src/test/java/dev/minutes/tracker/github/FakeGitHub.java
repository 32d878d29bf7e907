package dev.minutes.tracker.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, stateful GitHub REST API on 127.0.0.1 for the real github-api client: repositories,
 * labels, issues and pull requests, comments, with faults to inject. Every request is recorded.
 */
public final class FakeGitHub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REPO = Pattern.compile("/repos/([^/]+/[^/]+)(/.*)?");

  /** One recorded request. */
  public record Request(
      String method, String path, String query, String authorization, String body) {}

  /** A fault answered instead of the real response, a given number of times. */
  private record Fault(
      String method,
      String pathPrefix,
      int status,
      Map<String, String> headers,
      boolean performFirst) {}

  private final HttpServer server;
  private final String token;
  private final Set<String> repos = new HashSet<>();
  private final Map<String, Set<String>> labels = new HashMap<>();
  private final Map<String, Map<Long, ObjectNode>> issues = new HashMap<>();
  private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
  public final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

  public FakeGitHub(String token, String... repoNames) throws IOException {
    this.token = token;
    for (String repo : repoNames) {
      repos.add(repo);
      labels.put(repo, new HashSet<>());
      issues.put(repo, new LinkedHashMap<>());
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The keys that point Minutes at this server, with new issues going to {@code repo}. */
  public String configLines(String repo) {
    return String.join("\n", "github.repo=" + repo, "github.api-url=" + apiUrl(), "");
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The next {@code times} matching requests get {@code status} without being performed. */
  public void fail(
      String method, String pathPrefix, int status, Map<String, String> headers, int times) {
    for (int i = 0; i < times; i++) {
      faults.add(new Fault(method, pathPrefix, status, headers, false));
    }
  }

  /** The next matching request is performed, then answered with {@code status}: a lost reply. */
  public void performThenFail(String method, String pathPrefix, int status) {
    faults.add(new Fault(method, pathPrefix, status, Map.of(), true));
  }

  public synchronized List<ObjectNode> issues(String repo) {
    return new ArrayList<>(issues.get(repo).values());
  }

  public synchronized Set<String> labels(String repo) {
    return Set.copyOf(labels.get(repo));
  }

  public synchronized ObjectNode addIssue(
      String repo, String title, String body, boolean pullRequest, String... issueLabels) {
    return createIssue(repo, title, body, List.of(), List.of(issueLabels), pullRequest);
  }

  public synchronized void setState(String repo, long number, String state) {
    ObjectNode issue = issues.get(repo).get(number);
    issue.put("state", state);
    issue.put("updated_at", now());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(new Request(method, path, query, authorization, body));
    try {
      if (authorization == null || !authorization.endsWith(" " + token)) {
        send(exchange, 401, Map.of(), message("Bad credentials"));
        return;
      }
      Fault fault = takeFault(method, path);
      if (fault != null && !fault.performFirst()) {
        send(exchange, fault.status(), fault.headers(), message("injected fault"));
        return;
      }
      Response response = route(method, path, query, body);
      if (fault != null) {
        send(exchange, fault.status(), Map.of(), message("injected fault after the work"));
      } else {
        send(exchange, response.status(), Map.of(), response.body());
      }
    } catch (RuntimeException e) {
      send(exchange, 500, Map.of(), message("fake GitHub failed: " + e));
    }
  }

  private Fault takeFault(String method, String path) {
    synchronized (faults) {
      for (int i = 0; i < faults.size(); i++) {
        Fault fault = faults.get(i);
        if (fault.method().equals(method) && path.startsWith(fault.pathPrefix())) {
          return faults.remove(i);
        }
      }
    }
    return null;
  }

  private record Response(int status, JsonNode body) {}

  private synchronized Response route(String method, String path, String query, String body)
      throws IOException {
    Matcher matcher = REPO.matcher(path);
    if (!matcher.matches() || !repos.contains(matcher.group(1))) {
      return new Response(404, message("Not Found"));
    }
    String repo = matcher.group(1);
    String rest = matcher.group(2) == null ? "" : matcher.group(2);
    Map<String, String> params = params(query);
    if (rest.isEmpty() && method.equals("GET")) {
      return new Response(200, repository(repo));
    }
    if (rest.startsWith("/labels/") && method.equals("GET")) {
      String name = URLDecoder.decode(rest.substring("/labels/".length()), StandardCharsets.UTF_8);
      return labels.get(repo).contains(name)
          ? new Response(200, label(name))
          : new Response(404, message("Not Found"));
    }
    if (rest.equals("/labels") && method.equals("POST")) {
      String name = JSON.readTree(body).get("name").asText();
      labels.get(repo).add(name);
      return new Response(201, label(name));
    }
    if (rest.equals("/issues") && method.equals("POST")) {
      JsonNode request = JSON.readTree(body);
      List<String> assignees = new ArrayList<>();
      request.path("assignees").forEach(a -> assignees.add(a.asText()));
      List<String> issueLabels = new ArrayList<>();
      request.path("labels").forEach(l -> issueLabels.add(l.asText()));
      ObjectNode created =
          createIssue(
              repo,
              request.get("title").asText(),
              request.path("body").asText(null),
              assignees,
              issueLabels,
              false);
      return new Response(201, created);
    }
    if (rest.equals("/issues") && method.equals("GET")) {
      ArrayNode list = JSON.createArrayNode();
      Instant since = params.containsKey("since") ? Instant.parse(params.get("since")) : null;
      String label = params.get("labels");
      for (ObjectNode issue : issues.get(repo).values()) {
        boolean recent =
            since == null || !Instant.parse(issue.get("updated_at").asText()).isBefore(since);
        boolean labelled = label == null || hasLabel(issue, label);
        boolean stateOk =
            "all".equals(params.get("state"))
                || issue.get("state").asText().equals(params.getOrDefault("state", "open"));
        if (recent && labelled && stateOk) {
          list.add(issue);
        }
      }
      return new Response(200, list);
    }
    Matcher one = Pattern.compile("/issues/(\\d+)(/comments)?").matcher(rest);
    if (one.matches()) {
      ObjectNode issue = issues.get(repo).get(Long.parseLong(one.group(1)));
      if (issue == null) {
        return new Response(404, message("Not Found"));
      }
      if (one.group(2) != null && method.equals("POST")) {
        issue.withArray("comments_text").add(JSON.readTree(body).get("body").asText());
        issue.put("comments", issue.get("comments_text").size());
        ObjectNode comment = JSON.createObjectNode();
        comment.put("id", 1);
        comment.put("body", JSON.readTree(body).get("body").asText());
        return new Response(201, comment);
      }
      if (method.equals("PATCH")) {
        applyEdit(issue, JSON.readTree(body));
        return new Response(200, issue);
      }
      if (method.equals("GET")) {
        return new Response(200, issue);
      }
    }
    return new Response(404, message("Not Found: " + method + " " + path));
  }

  /** What an edit on GitHub's web page (or a PATCH) does: the given fields, nothing else. */
  private static void applyEdit(ObjectNode issue, JsonNode update) {
    for (String field : List.of("state", "title", "body")) {
      if (update.has(field)) {
        issue.put(field, update.get(field).asText());
      }
    }
    if (update.has("assignees")) {
      ArrayNode assignees = issue.putArray("assignees");
      update.get("assignees").forEach(a -> assignees.addObject().put("login", a.asText()));
    }
    if (update.has("labels")) {
      ArrayNode labelNodes = issue.putArray("labels");
      update.get("labels").forEach(l -> labelNodes.add(label(l.asText())));
    }
    issue.put("updated_at", now());
  }

  /** A person edits the issue on GitHub: {@code fields} as a PATCH would carry them. */
  public synchronized void editByHand(String repo, long number, Map<String, Object> fields) {
    applyEdit(issues.get(repo).get(number), JSON.valueToTree(fields));
  }

  /** The requests that changed issue {@code number}: PATCHes and comments, oldest first. */
  public List<Request> changes(String repo, long number) {
    String path = "/repos/" + repo + "/issues/" + number;
    return requests.stream()
        .filter(r -> r.path().equals(path) || r.path().equals(path + "/comments"))
        .filter(r -> r.method().equals("PATCH") || r.method().equals("POST"))
        .toList();
  }

  public synchronized List<String> comments(String repo, long number) {
    List<String> comments = new ArrayList<>();
    issues.get(repo).get(number).path("comments_text").forEach(c -> comments.add(c.asText()));
    return comments;
  }

  private ObjectNode createIssue(
      String repo,
      String title,
      String body,
      List<String> assignees,
      List<String> issueLabels,
      boolean pullRequest) {
    long number = issues.get(repo).size() + 1L;
    String html = "https://github.example/" + repo + (pullRequest ? "/pull/" : "/issues/") + number;
    ObjectNode issue = JSON.createObjectNode();
    issue.put("id", 1000 + number);
    issue.put("number", number);
    issue.put("title", title);
    issue.put("body", body);
    issue.put("state", "open");
    issue.put("html_url", html);
    issue.put("url", apiUrl() + "/repos/" + repo + "/issues/" + number);
    issue.put("created_at", now());
    issue.put("updated_at", now());
    issue.putObject("user").put("login", "minutes-bot");
    ArrayNode labelNodes = issue.putArray("labels");
    issueLabels.forEach(l -> labelNodes.add(label(l)));
    ArrayNode assigneeNodes = issue.putArray("assignees");
    assignees.forEach(a -> assigneeNodes.addObject().put("login", a));
    if (pullRequest) {
      issue.putObject("pull_request").put("url", apiUrl() + "/repos/" + repo + "/pulls/" + number);
    }
    issues.get(repo).put(number, issue);
    return issue;
  }

  private ObjectNode repository(String repo) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", Math.abs(repo.hashCode()));
    node.put("name", repo.substring(repo.indexOf('/') + 1));
    node.put("full_name", repo);
    node.putObject("owner").put("login", repo.substring(0, repo.indexOf('/')));
    node.put("html_url", "https://github.example/" + repo);
    node.put("url", apiUrl() + "/repos/" + repo);
    return node;
  }

  private static ObjectNode label(String name) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", name);
    node.put("color", "0e8a16");
    return node;
  }

  private static boolean hasLabel(JsonNode issue, String label) {
    for (JsonNode node : issue.path("labels")) {
      if (node.get("name").asText().equals(label)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode message(String text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("message", text);
    return node;
  }

  /** GitHub's timestamps have whole seconds. */
  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Map<String, String> params(String query) {
    Map<String, String> params = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, JsonNode body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
