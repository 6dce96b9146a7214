/** One figure of a published table: its count, or null where it is withheld. */
export interface PublishedCount<K extends string = string> {
  key: K;
  /** Null: fewer than the threshold, or withheld so that such a cell cannot be worked out from the total. */
  count: number | null;
}

/** Counts under this are never published: a small cell can point to a person or a single event. */
export const SMALL_CELL_THRESHOLD = 5;

/**
 * Withholds the counts of a group that are under the threshold. When the group's total is published
 * and exactly one count is withheld, the next smallest is withheld too, so that nobody works the
 * small one out by subtracting the others from the total. Keys keep their order.
 */
export function withholdSmallCells<K extends string>(cells: { key: K; count: number }[], totalPublished: boolean, threshold = SMALL_CELL_THRESHOLD): PublishedCount<K>[] {
  const withheld = new Set(cells.filter((c) => c.count < threshold).map((c) => c.key));
  if (totalPublished && withheld.size === 1) {
    const smallest = cells.filter((c) => !withheld.has(c.key)).sort((a, b) => a.count - b.count)[0];
    if (smallest) withheld.add(smallest.key);
  }
  return cells.map(({ key, count }) => ({ key, count: withheld.has(key) ? null : count }));
}
