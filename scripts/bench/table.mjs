// @ts-check
// Plain-text tables: columns padded to their widest cell, text left, numbers right.

/**
 * @typedef {object} Column
 * @property {string} title
 * @property {'left' | 'right'} [align] right unless said
 */

/**
 * The header, a rule under it, and one line per row; trailing spaces trimmed.
 * @param {readonly Column[]} columns
 * @param {readonly (readonly string[])[]} rows each as many cells as there are columns
 * @returns {string}
 */
export function formatTable(columns, rows) {
  const widths = columns.map((column, i) => Math.max(column.title.length, ...rows.map((row) => row[i].length)));
  /** @param {readonly string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) => (columns[i].align === 'left' ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.title)), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/**
 * 1.23 G, 45.6 M, 789 k, 12.3: three significant digits.
 * @param {number} value
 */
export function compact(value) {
  /** @type {[number, string][]} */
  const units = [
    [1e9, ' G'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  const [scale, unit] = units.find(([size]) => value >= size) ?? [1, ''];
  return `${(value / scale).toPrecision(3)}${unit}`;
}
