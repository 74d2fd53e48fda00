import { describe, expect, it } from 'vitest';
import { median } from './statistics.mjs';
import { compact, formatTable } from './table.mjs';

describe('formatTable', () => {
  it('pads each column to its widest cell: text to the left, numbers to the right', () => {
    const table = formatTable(
      [{ title: 'case', align: 'left' }, { title: 'ms' }],
      [
        ['1 worker', '1200.5'],
        ['2 workers', '9.1'],
      ],
    );
    expect(table.split('\n')).toEqual(['case           ms', '---------  ------', '1 worker   1200.5', '2 workers     9.1']);
  });

  it('trims the spaces a last text column leaves', () => {
    expect(formatTable([{ title: 'n' }, { title: 'note', align: 'left' }], [['1', '']]).split('\n')[2]).toBe('1');
  });
});

describe('compact', () => {
  it('writes three significant digits with a unit', () => {
    expect([compact(1_234_567_890), compact(45_600_000), compact(789), compact(1000)]).toEqual(['1.23 G', '45.6 M', '789', '1.00 k']);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
