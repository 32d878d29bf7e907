package dev.minutes.items;

import java.util.List;

/** Decides, from the items a meeting already has, what an ingest adds, updates and removes. */
@FunctionalInterface
public interface ItemPlanner {
  ItemPlan plan(List<TrackedItem> stored);
}
