import { useEffect, useState } from 'react';

const STORAGE_KEY = 'parallel-playground:presenter';

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Presenter mode, for a projector: larger type and charts, and the settings column hidden (a
 * lab's Run, Stop and a lesson step's action stay beside the status line). Kept in this browser.
 */
export function PresenterToggle() {
  // Set before the first paint, so a reload in presenter mode does not flash the normal layout.
  const [on, setOn] = useState(() => {
    const kept = stored();
    document.documentElement.classList.toggle('presenter', kept);
    return kept;
  });
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', on);
    try {
      if (on) localStorage.setItem(STORAGE_KEY, '1');
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused: the mode lasts as long as the page.
    }
  }, [on]);
  return (
    <button type="button" className="presenter-toggle" aria-pressed={on} onClick={() => setOn((value) => !value)}>
      Presenter mode
    </button>
  );
}
