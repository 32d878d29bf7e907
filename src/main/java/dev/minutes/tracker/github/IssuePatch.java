package dev.minutes.tracker.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.tracker.IssueEdit;
import dev.minutes.tracker.IssueRef;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.kohsuke.github.HttpException;

/**
 * Edits several fields of an issue in one PATCH request. github-api (1.330) has a setter per field,
 * each its own request, and no public way to send one request with title, body, assignees and
 * labels together; so this one call goes through the JDK's HTTP client, with the same endpoint and
 * token, and fails with the same {@link HttpException} github-api would throw.
 */
final class IssuePatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  private final String apiUrl;
  private final String token;

  IssuePatch(String apiUrl, String token) {
    this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    this.token = token;
  }

  void send(IssueRef ref, IssueEdit edit) throws IOException {
    ObjectNode fields = JSON.createObjectNode();
    if (edit.title() != null) {
      fields.put("title", edit.title());
    }
    if (edit.body() != null) {
      fields.put("body", edit.body());
    }
    if (edit.assignees() != null) {
      edit.assignees().forEach(fields.putArray("assignees")::add);
    }
    if (edit.labels() != null) {
      edit.labels().forEach(fields.putArray("labels")::add);
    }
    String url = apiUrl + "/repos/" + ref.repo() + "/issues/" + ref.number();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "token " + token)
            .header("Accept", "application/vnd.github+json")
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(fields)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while editing " + ref);
    }
    // Not waited out here: the edit stays in the outbox and the next run does it after the reset.
    if ((response.statusCode() == 403 || response.statusCode() == 429)
        && "0".equals(response.headers().firstValue("X-RateLimit-Remaining").orElse(null))) {
      long reset = Long.parseLong(response.headers().firstValue("X-RateLimit-Reset").orElse("0"));
      throw new RateLimitExhausted(Instant.ofEpochSecond(reset));
    }
    if (response.statusCode() >= 300) {
      throw new HttpException(
          "editing " + ref + " failed", response.statusCode(), response.body(), url);
    }
  }
}
