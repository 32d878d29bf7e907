package dev.minutes.tracker.github;

import dev.minutes.tracker.TrackerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.HttpException;

/** Turns what github-api throws into a message that names the key or permission to fix. */
final class GitHubErrors {
  private GitHubErrors() {}

  static boolean isTransient(IOException e) {
    if (e instanceof RateLimitExhausted) {
      return false; // already waited as long as configured
    }
    if (e instanceof HttpException http) {
      return http.getResponseCode() >= 500 || http.getResponseCode() == -1;
    }
    return !(e instanceof GHFileNotFoundException);
  }

  static TrackerException translate(IOException e, String what) {
    RateLimitExhausted limited = find(e, RateLimitExhausted.class);
    if (limited != null) {
      return new TrackerException(
          "GitHub",
          what + ": rate limit reached; it resets at " + limited.resetAt(),
          "run again after that time, or raise github.rate-limit-wait to wait for it",
          false); // retrying now cannot help: the whole run stops
    }
    if (e instanceof GHFileNotFoundException) {
      return new TrackerException(
          "github.repo",
          what + ": not found (404)",
          "check that github.repo names an existing repository, that github.api-url is right,"
              + " and that the token can see the repository",
          false);
    }
    IOException network = networkCause(e);
    if (network != null) {
      return new TrackerException(
          "github.api-url",
          what + ": cannot reach GitHub (" + unreachable(network) + ")",
          "check the network and github.api-url; the next run tries again",
          true);
    }
    if (e instanceof HttpException http) {
      int code = http.getResponseCode();
      if (code == 401) {
        return new TrackerException(
            "GITHUB_TOKEN",
            what + ": GitHub refused the token (401)",
            "set GITHUB_TOKEN (or github.token-file) to a valid, unexpired token",
            false);
      }
      if (code == 403) {
        return new TrackerException(
            "GITHUB_TOKEN",
            what + ": the token is not allowed to do this (403)",
            "give the token \"Issues: read and write\" on github.repo (fine-grained token) or"
                + " the repo scope (classic token)",
            false);
      }
      if (code >= 500) {
        return new TrackerException(
            "GitHub", what + ": GitHub failed (" + code + ")", "try again later", true);
      }
      if (code == -1) {
        return new TrackerException(
            "github.api-url",
            what + ": no usable answer from GitHub",
            "check github.api-url and the network; the next run tries again",
            true);
      }
      if (code >= 200 && code < 300) {
        return new TrackerException(
            "github.api-url",
            what + ": the answer was not GitHub's API (" + code + ", not the JSON it sends)",
            "check that github.api-url is https://api.github.com or https://HOST/api/v3",
            false);
      }
      return new TrackerException(
          "GitHub",
          what + ": GitHub rejected the request (" + code + ")",
          "if it happens again, report it with the command that failed",
          false);
    }
    // No class name and no message: both may carry the server's text (or a token it echoed).
    return new TrackerException(
        "GitHub", what + ": the request failed", "the next run tries again", true);
  }

  private static String unreachable(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    return e instanceof ConnectException ? "connection refused" : "no answer in time";
  }

  /** github-api wraps a failed connection in an HttpException of code -1: the cause says why. */
  private static IOException networkCause(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof InterruptedIOException) {
        return (IOException) t;
      }
    }
    return null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
