import { describe, expect, it } from 'vitest';
import { hiddenSoFar, newTabVisibility, wasHidden, watchVisibility } from './visibility';

function fakeTab(state: DocumentVisibilityState) {
  const target = new EventTarget();
  const tab = Object.assign(target, {
    visibilityState: state,
    set(next: DocumentVisibilityState) {
      tab.visibilityState = next;
      target.dispatchEvent(new Event('visibilitychange'));
    },
  });
  return tab;
}

describe('watchVisibility', () => {
  it('adds up the time the tab was hidden during the run', () => {
    let now = 1000;
    const tab = fakeTab('visible');
    const reading = newTabVisibility();
    const watch = watchVisibility(reading, tab as unknown as Document, () => now);
    expect(wasHidden(reading)).toBe(false);
    now = 1100;
    tab.set('hidden');
    now = 1350;
    expect(hiddenSoFar(reading, now)).toBe(250);
    tab.set('visible');
    now = 1400;
    tab.set('hidden');
    now = 1450;
    watch.stop();
    expect(reading).toEqual({ hiddenAtStart: false, hiddenMs: 300, hiddenSinceEpochMs: null });
    expect(wasHidden(reading)).toBe(true);
    // Stopped: later changes are not counted.
    tab.set('visible');
    tab.set('hidden');
    expect(reading.hiddenMs).toBe(300);
  });

  it('marks a run that started in a hidden tab', () => {
    let now = 0;
    const reading = newTabVisibility();
    const watch = watchVisibility(reading, fakeTab('hidden') as unknown as Document, () => now);
    now = 40;
    watch.stop();
    expect(reading).toMatchObject({ hiddenAtStart: true, hiddenMs: 40 });
  });
});
