package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.items.StoredMeeting;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WrittenIssue;
import dev.minutes.tracker.IssueResult.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens one issue per open action item, never two. Each item's issue is claimed in the store before
 * GitHub is called, so two processes never both open it; each issue carries a hidden marker, so an
 * issue created by a run that died before recording it is found and linked instead of opened again.
 */
public final class IssueOpener {
  static final int CREATE_ATTEMPTS = 3;

  private final Store store;
  private final RunOnce runOnce;
  private final IssueTracker tracker;
  private final IssueDrafter drafter;
  private final TrackerSettings settings;
  private final Clock clock;
  private final Pause pause;
  private final MarkedIssues marked;
  private final Map<Long, StoredMeeting> meetings = new HashMap<>();

  /**
   * @param tracker a {@link DryRunTracker} for a dry run: nothing is claimed, created or linked
   */
  public IssueOpener(
      Store store,
      IssueTracker tracker,
      IssueDrafter drafter,
      TrackerSettings settings,
      Clock clock,
      Pause pause) {
    this.store = store;
    this.runOnce = new RunOnce(store, clock);
    this.tracker = tracker;
    this.drafter = drafter;
    this.settings = settings;
    this.clock = clock;
    this.pause = pause;
    this.marked = new MarkedIssues(tracker, settings, clock);
  }

  /** Told how many issues a run is about to open, of each one done, and of the end. */
  public interface Progress {
    Progress NONE =
        new Progress() {
          @Override
          public void start(int total) {}

          @Override
          public void step() {}

          @Override
          public void finish() {}
        };

    void start(int total);

    void step();

    void finish();
  }

  private Progress progress = Progress.NONE;

  /** Reports the issues of each run to {@code progress}; returns this opener. */
  public IssueOpener reportingTo(Progress progress) {
    this.progress = progress;
    return this;
  }

  public Progress progress() {
    return progress;
  }

  /** Waits between attempts; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration);

    Pause REAL =
        duration -> {
          try {
            Thread.sleep(duration.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
  }

  public List<IssueResult> open(List<TrackedItem> items) {
    // A dry run drafts without a repository; a real run needs the user's own.
    String repo = tracker == null ? null : settings.requireRepo();
    List<IssueResult> results = new ArrayList<>();
    List<TrackedItem> toOpen = new ArrayList<>();
    for (TrackedItem item : items) {
      if (item.status() != ItemStatus.OPEN) {
        continue;
      }
      List<IssueLink> links = store.issueLinks(item.id());
      boolean linkedNow = settings.linkExisting() && linkToMentioned(item, links, results);
      if (!links.isEmpty()) {
        results.add(result(item, Outcome.ALREADY_LINKED, links.get(0).url()));
      } else if (!linkedNow) {
        toOpen.add(item);
      }
    }
    if (dryRun()) {
      for (TrackedItem item : toOpen) {
        results.add(
            new IssueResult(
                item.id(),
                Outcome.WOULD_OPEN,
                null,
                drafter.draft(item, meetingOf(item)),
                tracker.dryRunReason().get()));
      }
      return results;
    }
    if (!toOpen.isEmpty()) {
      Map<String, TrackerIssue> byMarker = marked.mayBelongTo(repo, toOpen);
      progress.start(toOpen.size());
      try {
        for (TrackedItem item : toOpen) {
          results.add(openOne(repo, item, byMarker));
          progress.step();
        }
      } finally {
        progress.finish();
      }
    }
    return results;
  }

  /**
   * Links every issue and pull request the item mentions that is not linked yet (an edit of the
   * notes may add one); true when at least one was linked (or would be, in a dry run).
   */
  private boolean linkToMentioned(
      TrackedItem item, List<IssueLink> links, List<IssueResult> results) {
    boolean linked = false;
    for (IssueRef ref : mentionedIssues(item)) {
      if (links.stream().anyMatch(l -> l.repo().equals(ref.repo()) && l.number() == ref.number())) {
        continue;
      }
      if (dryRun()) {
        results.add(
            new IssueResult(
                item.id(), Outcome.WOULD_LINK, ref.toString(), null, tracker.dryRunReason().get()));
        linked = true;
        continue;
      }
      Optional<TrackerIssue> existing = tracker.lookup(ref);
      if (existing.isEmpty()) {
        continue; // the notes point at nothing: that mention is not followed
      }
      TrackerIssue issue = existing.get();
      IssueLink link = link(item, issue, false);
      store.linkIssue(link, null, clock.instant());
      if (issue.state() == IssueLink.State.CLOSED) {
        // already merged: counts towards github.done-when like one closed later
        store.recordIssueState(link, issue.state(), settings.doneWhen(), "github", clock.instant());
      }
      results.add(result(item, Outcome.LINKED, issue.url()));
      linked = true;
    }
    return linked;
  }

  private IssueResult openOne(String repo, TrackedItem item, Map<String, TrackerIssue> byMarker) {
    String claim = "github-issue:" + item.key();
    RunOnce.Claim held = runOnce.claim(claim);
    if (held.state() == RunOnce.State.DONE) {
      return result(item, Outcome.ALREADY_LINKED, held.externalRef());
    }
    if (held.state() == RunOnce.State.BUSY) {
      return new IssueResult(
          item.id(), Outcome.BUSY, null, null, "another minutes process is opening its issue");
    }
    IssueDraft draft = drafter.draft(item, meetingOf(item));
    TrackerIssue found = byMarker.get(draft.marker());
    if (found != null) {
      store.linkIssue(link(item, found, true), written(found, draft), claim, clock.instant());
      return result(item, Outcome.RECOVERED, found.url());
    }
    try {
      return createWithRetries(repo, item, draft, claim);
    } catch (TrackerException e) {
      if (!e.retryable()) {
        runOnce.release(claim); // GitHub refused outright: nothing was created
        throw e;
      }
      // Left claimed: a request that timed out may still have created the issue, which the
      // next run finds by its marker once the lease has passed.
      return new IssueResult(item.id(), Outcome.FAILED, null, null, e.getMessage());
    }
  }

  private IssueResult createWithRetries(
      String repo, TrackedItem item, IssueDraft draft, String claim) {
    TrackerException last = null;
    for (int attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
      Instant started = clock.instant();
      try {
        TrackerIssue created = tracker.create(repo, draft);
        store.linkIssue(link(item, created, true), written(created, draft), claim, clock.instant());
        return result(item, Outcome.OPENED, created.url());
      } catch (TrackerException e) {
        if (!e.retryable()) {
          throw e;
        }
        last = e;
        pause.sleep(Duration.ofSeconds(attempt * attempt));
        TrackerIssue landed =
            marked.changedSince(repo, started.minusSeconds(60)).get(draft.marker());
        if (landed != null) {
          store.linkIssue(link(item, landed, true), written(landed, draft), claim, clock.instant());
          return result(item, Outcome.RECOVERED, landed.url());
        }
      }
    }
    throw last;
  }

  private boolean dryRun() {
    return tracker.dryRunReason().isPresent();
  }

  private static List<IssueRef> mentionedIssues(TrackedItem item) {
    return item.refs().stream().map(IssueRef::parse).flatMap(Optional::stream).distinct().toList();
  }

  /** Items of one meeting come in runs: each meeting is read from the store once per opener. */
  private StoredMeeting meetingOf(TrackedItem item) {
    return meetings.computeIfAbsent(
        item.meetingId(),
        id ->
            store
                .meeting(id)
                .orElseThrow(
                    () -> new IllegalStateException("item " + item.id() + " has no meeting")));
  }

  private static IssueLink link(TrackedItem item, TrackerIssue issue, boolean openedByUs) {
    return new IssueLink(
        item.id(),
        issue.ref().repo(),
        issue.ref().number(),
        issue.url(),
        issue.pullRequest(),
        openedByUs,
        issue.state());
  }

  /** What the issue holds as Minutes wrote it: the base later edits compare with. */
  static WrittenIssue written(TrackerIssue issue, IssueDraft draft) {
    return new WrittenIssue(
        issue.title(),
        IssueBody.generatedPart(issue.body(), draft.marker()).orElse(draft.generated()),
        issue.assignees());
  }

  private static IssueResult result(TrackedItem item, Outcome outcome, String url) {
    return new IssueResult(item.id(), outcome, url, null, null);
  }
}
