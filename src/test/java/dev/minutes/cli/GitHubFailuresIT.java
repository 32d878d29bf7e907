package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.minutes.TestNotes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code issues open} against a GitHub that fails in every way we know, served by a tiny loopback
 * server that echoes the request's token back in its error text: each failure is one {@code
 * minutes:} line naming the setting or service, with no stack trace, no server text and no token.
 */
@Timeout(120)
class GitHubFailuresIT {
  private static final String TOKEN = "github-token-never-printed-0123456789";

  @TempDir Path folder;
  private HttpServer server;
  private volatile int status;
  private volatile String contentType;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String echo =
              "server says " + exchange.getRequestHeaders().getFirst("Authorization") + " <script>";
          byte[] body =
              (contentType.equals("application/json")
                      ? "{\"message\":\"" + echo + "\"}"
                      : "<html>" + echo + "</html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    Path notes = folder.resolve("2024-03-04.md");
    Files.writeString(notes, TestNotes.SMALL_MEETING);
    // The meeting of 2024 is live here, not history (see AdoptionIT).
    Cli ingest =
        Cli.run(
            Map.of("MINUTES_NOTES_SINCE", "2000-01-01"),
            Clock.systemUTC(),
            "ingest",
            "--store",
            store(),
            "--people",
            "notes/people.yaml",
            notes + "");
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aForbiddenAnswerNamesTheToken() throws IOException {
    answer(403, "application/json").assertOneClearLine(TOKEN, "GITHUB_TOKEN", "403");
  }

  @Test
  void anUnprocessableRequestIsOneLine() throws IOException {
    answer(422, "application/json").assertOneClearLine(TOKEN, "GitHub", "422");
  }

  @Test
  void aServerErrorIsOneLineThatSaysItIsRetried() throws IOException {
    answer(500, "application/json").assertOneClearLine(TOKEN, "GitHub", "500");
  }

  @Test
  void anAnswerThatIsNotJsonNamesTheApiUrl() throws IOException {
    answer(200, "text/html").assertOneClearLine(TOKEN, "github.api-url", "not GitHub's API");
  }

  @Test
  void aRefusedConnectionNamesTheApiUrl() throws IOException {
    open("http://127.0.0.1:9", Map.of()).assertOneClearLine(TOKEN, "github.api-url", "refused");
  }

  @Test
  void anUnknownHostNamesTheApiUrl() throws IOException {
    open("http://no-such-host.invalid", Map.of()).assertOneClearLine(TOKEN, "github.api-url");
  }

  @Test
  void aMalformedApiUrlFromTheEnvironmentNamesTheVariable() throws IOException {
    open(apiUrl(), Map.of("MINUTES_GITHUB_API_URL", "htp:/bad url"))
        .assertOneClearLine(TOKEN, "MINUTES_GITHUB_API_URL", "htp:/bad url", "http or https URL");
  }

  @Test
  void aSecretInAnErrorLineIsMasked() throws IOException {
    Console console = open(apiUrl(), Map.of("MINUTES_GITHUB_API_URL", "htp:/" + TOKEN));

    assertThat(console.run().err()).contains("htp:/********").doesNotContain(TOKEN);
  }

  private Console answer(int status, String contentType) throws IOException {
    this.status = status;
    this.contentType = contentType;
    return open(apiUrl(), Map.of());
  }

  private Console open(String apiUrl, Map<String, String> extraEnvironment) throws IOException {
    Path config = folder.resolve("bot-config.properties");
    Files.writeString(
        config,
        "github.repo=unikraft/meeting-notes\ngithub.api-url="
            + apiUrl
            + "\ngithub.rate-limit-wait=1s\nnotes.since=2000-01-01\n");
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.put("GITHUB_TOKEN", TOKEN);
    return Console.capture(
        () ->
            Cli.run(
                environment,
                Clock.systemUTC(),
                "--config",
                config.toString(),
                "issues",
                "open",
                "--store",
                store(),
                "--people",
                "notes/people.yaml"));
  }

  private String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String store() {
    return "jdbc:sqlite:" + folder.resolve("minutes.db");
  }
}
