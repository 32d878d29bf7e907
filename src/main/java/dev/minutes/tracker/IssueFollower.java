package dev.minutes.tracker;

import dev.minutes.items.IssueLink;
import dev.minutes.items.ItemStatus;
import dev.minutes.items.RunOnce;
import dev.minutes.items.Store;
import dev.minutes.items.StoreEvent;
import dev.minutes.items.TrackedItem;
import dev.minutes.items.WrittenIssue;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the issues Minutes opened in step with their items, read from the store's outbox (consumer
 * {@value #CONSUMER}): an edited item edits its issue (see {@link IssueEditPlan}), a removed item
 * closes it with a comment saying why ({@code github.close-on-removed}), a restored or reopened
 * item reopens it, a done item closes it when {@code github.close-on-done} says so. Issues and pull
 * requests Minutes did not open are never changed. All events of one item in a batch make one pass,
 * so an item edited three times costs one edit; each change is claimed before GitHub is called and
 * completed with its record, so it is done once across runs and processes.
 */
public final class IssueFollower {
  public static final String CONSUMER = "github-edits";
  private static final int BATCH = 10_000;
  private static final Set<StoreEvent.Kind> FOLLOWED =
      Set.of(
          StoreEvent.Kind.ITEM_CHANGED,
          StoreEvent.Kind.ITEM_REMOVED,
          StoreEvent.Kind.ITEM_DONE,
          StoreEvent.Kind.ITEM_REOPENED);

  private final Store store;
  private final IssueTracker tracker;
  private final IssueDrafter drafter;
  private final TrackerSettings settings;
  private final Clock clock;
  private final RunOnce runOnce;

  public IssueFollower(
      Store store,
      IssueTracker tracker,
      IssueDrafter drafter,
      TrackerSettings settings,
      Clock clock) {
    this.store = store;
    this.tracker = tracker;
    this.drafter = drafter;
    this.settings = settings;
    this.clock = clock;
    this.runOnce = new RunOnce(store, clock);
  }

  /**
   * What one pass did: GitHub requests that changed an issue, claims held elsewhere, and the items
   * it followed (whose notes may mention new issues to link).
   */
  public record Report(int edited, int closed, int reopened, int busy, List<Long> followed) {
    public Report {
      followed = List.copyOf(followed);
    }

    public int changed() {
      return edited + closed + reopened;
    }
  }

  public Report follow() {
    List<StoreEvent> events = store.eventsAfter(CONSUMER, BATCH);
    Map<Long, Long> lastEventOfItem = new LinkedHashMap<>();
    Map<Long, Set<StoreEvent.Kind>> kindsOfItem = new HashMap<>();
    for (StoreEvent event : events) {
      if (FOLLOWED.contains(event.kind())) {
        lastEventOfItem.put(event.itemId(), event.id());
        kindsOfItem
            .computeIfAbsent(event.itemId(), i -> EnumSet.noneOf(StoreEvent.Kind.class))
            .add(event.kind());
      }
    }
    Counts counts = new Counts();
    lastEventOfItem.forEach(
        (itemId, eventId) ->
            store
                .item(itemId)
                .ifPresent(item -> follow(item, kindsOfItem.get(itemId), eventId, counts)));
    if (!events.isEmpty() && counts.busy == 0) {
      store.acknowledge(CONSUMER, events.get(events.size() - 1).id());
    }
    return new Report(
        counts.edited,
        counts.closed,
        counts.reopened,
        counts.busy,
        List.copyOf(lastEventOfItem.keySet()));
  }

  private static final class Counts {
    int edited;
    int closed;
    int reopened;
    int busy;
  }

  /**
   * @param kinds what happened to the item in this batch: an issue is reopened or closed only for a
   *     reopen or done in Minutes, never to undo what someone did on GitHub
   */
  private void follow(TrackedItem item, Set<StoreEvent.Kind> kinds, long eventId, Counts counts) {
    for (IssueLink link : store.issueLinks(item.id())) {
      if (!link.openedByUs()) {
        continue;
      }
      IssueRef ref = new IssueRef(link.repo(), link.number());
      Optional<TrackerIssue> found = tracker.lookup(ref);
      if (found.isEmpty()) {
        continue; // deleted on GitHub: nothing left to keep in step
      }
      TrackerIssue issue = found.get();
      String at = "@" + ref + "@event-" + eventId;
      if (item.status() == ItemStatus.REMOVED) {
        if (settings.closeOnRemoved() && issue.state() == IssueLink.State.OPEN) {
          String why =
              "This action item was deleted from the meeting notes ("
                  + item.meetingSource()
                  + "), so Minutes closes its issue. It reopens it if the item comes back.";
          if (once("github-close" + at, counts, () -> tracker.close(ref, why))) {
            record(link, "issue closed", null, IssueLink.State.CLOSED, "github-close" + at);
            counts.closed++;
          }
        }
        continue;
      }
      if (item.status() == ItemStatus.OPEN
          && kinds.contains(StoreEvent.Kind.ITEM_REOPENED)
          && issue.state() == IssueLink.State.CLOSED
          && link.state() == IssueLink.State.CLOSED) {
        String why = "This action item is open again in Minutes, so Minutes reopens its issue.";
        if (once("github-reopen" + at, counts, () -> tracker.reopen(ref, why))) {
          record(link, "issue reopened", null, IssueLink.State.OPEN, "github-reopen" + at);
          counts.reopened++;
        }
      }
      if (item.status() == ItemStatus.DONE
          && kinds.contains(StoreEvent.Kind.ITEM_DONE)
          && settings.closeOnDone()
          && issue.state() == IssueLink.State.OPEN) {
        String why = "This action item was marked done in Minutes.";
        if (once("github-close" + at, counts, () -> tracker.close(ref, why))) {
          record(link, "issue closed", null, IssueLink.State.CLOSED, "github-close" + at);
          counts.closed++;
        }
      }
      IssueEditPlan plan =
          IssueEditPlan.of(
              issue,
              store.writtenIssue(link),
              drafter.draft(item, store.meeting(item.meetingId()).orElseThrow()));
      if (plan.edit().isEmpty()) {
        continue;
      }
      if (once("github-edit" + at, counts, () -> tracker.edit(ref, plan.edit()))) {
        record(link, "issue edited", plan.written(), null, "github-edit" + at);
        counts.edited++;
      }
    }
  }

  private void record(
      IssueLink link, String change, WrittenIssue written, IssueLink.State state, String key) {
    store.recordIssueSideEffect(link, change, written, state, key, clock.instant());
  }

  /**
   * Claims {@code key} and runs {@code work}; false when it was done before or another process
   * holds the claim (then counted as busy, so the outbox cursor stays and a later run retries). A
   * failed call gives the claim up and stops the pass with the tracker's message.
   */
  private boolean once(String key, Counts counts, Runnable work) {
    RunOnce.Claim claim = runOnce.claim(key);
    if (claim.state() == RunOnce.State.BUSY) {
      counts.busy++;
    }
    if (!claim.claimed()) {
      return false;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      runOnce.release(key);
      throw e;
    }
    return true;
  }
}
