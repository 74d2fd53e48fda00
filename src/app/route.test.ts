import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('hash routes', () => {
  it('reads the experiment and its settings', () => {
    const route = parseHash('#/pi?samples=1e8&workers=4');
    expect(route.experimentId).toBe('pi');
    expect(route.query.get('samples')).toBe('1e8');
    expect(formatHash(route)).toBe('#/pi?samples=1e8&workers=4');
  });

  it('reads a view and its path', () => {
    const route = parseHash('#/lessons/pi-processes/2');
    expect(route).toMatchObject({ experimentId: 'lessons', rest: ['pi-processes', '2'] });
    expect(formatHash(route)).toBe('#/lessons/pi-processes/2');
    expect(parseHash('#/compare/').rest).toEqual([]);
  });

  it('survives empty and odd hashes', () => {
    expect(parseHash('').experimentId).toBe('');
    expect(parseHash('#').experimentId).toBe('');
    expect(parseHash('#/pi').query.toString()).toBe('');
    expect(parseHash('#/pi?%E0%A4%A=1').experimentId).toBe('pi');
  });
});
