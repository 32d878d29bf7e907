package dev.minutes.items;

/**
 * What a listing handed over and what it left out.
 *
 * @param listed rows handed over
 * @param matched rows that matched in all; more than {@code listed} when the limit cut the listing
 */
public record ListingCount(long listed, long matched) {
  public long more() {
    return matched - listed;
  }
}
