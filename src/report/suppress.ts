// Hiding small counts so that none can be worked out again.
//
// Primary: a count from 1 to minCell-1 is hidden. Secondary: in a list whose cells add up to a
// total the reader can know (the outcomes and the wait buckets both add up to the handoffs
// closed in the range), one hidden cell would be the total minus the others, so a second cell
// is hidden with it — a zero when the list has one (it costs the reader least), else the
// smallest count shown. Every hidden cell is shown the same way, so a reader cannot tell a
// small count from a zero or a large one hidden beside it: with two or more hidden cells and
// a known total, each could be anything from 0 to what the others leave, and none is pinned.
// test/handoff/report.test.ts tries every assignment the shown figures allow on generated data.

export const HIDDEN = 'hidden';
export type Shown = number | typeof HIDDEN;

/** A count on its own (no total anywhere beside it): hidden when small but not zero. */
export function hideSmall(n: number, minCell: number): Shown {
  return n > 0 && n < minCell ? HIDDEN : n;
}

/** The cells of one list that adds up to a knowable total: small ones hidden, and never one alone. */
export function hideWithPartner<K extends string>(cells: readonly (readonly [K, number])[], minCell: number): [K, Shown][] {
  const hidden = new Set<number>();
  cells.forEach(([, n], i) => {
    if (n > 0 && n < minCell) hidden.add(i);
  });
  if (hidden.size === 1) {
    let partner = -1;
    cells.forEach(([, n], i) => {
      if (!hidden.has(i) && (partner < 0 || n < cells[partner]![1])) partner = i;
    });
    if (partner >= 0) hidden.add(partner);
  }
  return cells.map(([k, n], i) => [k, hidden.has(i) ? HIDDEN : n]);
}
