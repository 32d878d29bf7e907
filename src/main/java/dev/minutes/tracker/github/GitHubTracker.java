package dev.minutes.tracker.github;

import dev.minutes.items.IssueLink;
import dev.minutes.tracker.IssueDraft;
import dev.minutes.tracker.IssueEdit;
import dev.minutes.tracker.IssueRef;
import dev.minutes.tracker.IssueTracker;
import dev.minutes.tracker.TrackerIssue;
import dev.minutes.tracker.TrackerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueBuilder;
import org.kohsuke.github.GHIssueQueryBuilder;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHUser;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * {@link IssueTracker} on GitHub (or GitHub Enterprise) through github-api. Reads are retried on
 * 5xx and timeouts; creating is not (see {@link IssueTracker#create}); rate limits are waited out
 * up to a bound by {@link BoundedRateLimitWait}. Failures become messages by {@link GitHubErrors}.
 */
public final class GitHubTracker implements IssueTracker {
  private static final int READ_ATTEMPTS = 3;

  /**
   * github-api logs every retried connection through java.util.logging, exception class and server
   * address included, to the console; the failure itself reaches the user as one line. Held here,
   * since java.util.logging keeps only weak references to its loggers.
   */
  private static final java.util.logging.Logger CLIENT_LOG =
      java.util.logging.Logger.getLogger("org.kohsuke.github");

  static {
    CLIENT_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private static final String LABEL_COLOR = "0e8a16";

  private final GitHub github;
  private final IssuePatch patch;
  private final WritePacer pacer;
  private final Set<String> knownLabels = new HashSet<>();
  private final Map<String, GHRepository> repositories = new HashMap<>();

  private GitHubTracker(GitHub github, IssuePatch patch, WritePacer pacer) {
    this.github = github;
    this.patch = patch;
    this.pacer = pacer;
  }

  public static GitHubTracker connect(TrackerSettings settings, String token) {
    BoundedRateLimitWait wait = new BoundedRateLimitWait(settings.rateLimitWait());
    try {
      return new GitHubTracker(
          new GitHubBuilder()
              .withEndpoint(settings.apiUrl())
              // Bounded waits: a server that accepts and never answers must not hang a run.
              .withConnector(
                  new OkHttpGitHubConnector(
                      new OkHttpClient.Builder()
                          .connectTimeout(Duration.ofSeconds(10))
                          .readTimeout(Duration.ofSeconds(30))
                          .callTimeout(Duration.ofSeconds(60))
                          .build()))
              .withOAuthToken(token)
              .withRateLimitHandler(wait.primary())
              .withAbuseLimitHandler(wait.secondary())
              .build(),
          new IssuePatch(settings.apiUrl(), token),
          WritePacer.real(settings.writePause()));
    } catch (IOException e) {
      throw GitHubErrors.translate(e, "connecting to " + settings.apiUrl());
    }
  }

  @Override
  public TrackerIssue create(String repo, IssueDraft draft) {
    try {
      GHRepository repository = repository(repo);
      for (String label : draft.labels()) {
        ensureLabel(repository, label);
      }
      GHIssueBuilder builder = repository.createIssue(draft.title()).body(draft.body());
      draft.assignees().forEach(builder::assignee);
      draft.labels().forEach(builder::label);
      pacer.beforeWrite();
      return issue(repo, builder.create());
    } catch (IOException e) {
      throw GitHubErrors.translate(e, "opening an issue in " + repo);
    }
  }

  @Override
  public Optional<TrackerIssue> lookup(IssueRef ref) {
    return read(
        "reading " + ref,
        () -> {
          try {
            return Optional.of(
                issue(ref.repo(), repository(ref.repo()).getIssue((int) ref.number())));
          } catch (GHFileNotFoundException gone) {
            return Optional.empty();
          }
        });
  }

  @Override
  public List<TrackerIssue> changedSince(String repo, String label, Instant since) {
    return read(
        "listing changes in " + repo,
        () -> {
          GHIssueQueryBuilder query =
              repository(repo).queryIssues().state(GHIssueState.ALL).since(Date.from(since));
          if (label != null) {
            query.label(label);
          }
          List<TrackerIssue> issues = new ArrayList<>();
          for (GHIssue issue : query.pageSize(100).list()) {
            issues.add(issue(repo, issue));
          }
          return issues;
        });
  }

  @Override
  public void close(IssueRef ref, String comment) {
    try {
      GHIssue issue = repository(ref.repo()).getIssue((int) ref.number());
      if (issue.getState() != GHIssueState.CLOSED) {
        pacer.beforeWrite();
        issue.comment(comment);
        pacer.beforeWrite();
        issue.close();
      }
    } catch (IOException e) {
      throw GitHubErrors.translate(e, "closing " + ref);
    }
  }

  @Override
  public void reopen(IssueRef ref, String comment) {
    try {
      GHIssue issue = repository(ref.repo()).getIssue((int) ref.number());
      if (issue.getState() == GHIssueState.CLOSED) {
        pacer.beforeWrite();
        issue.comment(comment);
        pacer.beforeWrite();
        issue.reopen();
      }
    } catch (IOException e) {
      throw GitHubErrors.translate(e, "reopening " + ref);
    }
  }

  @Override
  public void edit(IssueRef ref, IssueEdit edit) {
    if (edit.isEmpty()) {
      return;
    }
    try {
      if (edit.labels() != null) {
        GHRepository repository = repository(ref.repo());
        for (String label : edit.labels()) {
          ensureLabel(repository, label);
        }
      }
      pacer.beforeWrite();
      patch.send(ref, edit);
    } catch (IOException e) {
      throw GitHubErrors.translate(e, "editing " + ref);
    }
  }

  /** Each repository is read once per run: every later call reuses it. */
  private synchronized GHRepository repository(String repo) throws IOException {
    GHRepository known = repositories.get(repo);
    if (known == null) {
      known = github.getRepository(repo);
      repositories.put(repo, known);
    }
    return known;
  }

  private void ensureLabel(GHRepository repository, String label) throws IOException {
    String key = repository.getFullName() + ":" + label;
    if (knownLabels.contains(key)) {
      return;
    }
    try {
      repository.getLabel(label);
    } catch (GHFileNotFoundException missing) {
      repository.createLabel(label, LABEL_COLOR, "Action item from meeting notes (Minutes)");
    }
    knownLabels.add(key);
  }

  private static TrackerIssue issue(String repo, GHIssue issue) throws IOException {
    Date updated = issue.getUpdatedAt();
    return new TrackerIssue(
        new IssueRef(repo, issue.getNumber()),
        issue.getHtmlUrl().toString(),
        issue.isPullRequest(),
        issue.getState() == GHIssueState.CLOSED ? IssueLink.State.CLOSED : IssueLink.State.OPEN,
        updated == null ? null : updated.toInstant(),
        issue.getTitle(),
        issue.getBody(),
        issue.getAssignees().stream().map(GHUser::getLogin).toList(),
        issue.getLabels().stream().map(GHLabel::getName).toList());
  }

  /** A read that is safe to repeat: retried with backoff on 5xx and timeouts. */
  private static <T> T read(String what, IoCall<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (IOException | UncheckedIOException e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        if (attempt >= READ_ATTEMPTS || !GitHubErrors.isTransient(cause)) {
          throw GitHubErrors.translate(cause, what);
        }
        sleep(Duration.ofMillis(500L * attempt * attempt));
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @FunctionalInterface
  private interface IoCall<T> {
    T run() throws IOException;
  }
}
