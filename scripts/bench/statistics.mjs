// @ts-check
// The bench's one median. The app has its own in src/runs/statistics.ts (Node 20 cannot import
// TypeScript); both take the mean of the two middle values for an even count.

/**
 * The middle value; NaN for none.
 * @param {readonly number[]} values
 */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
