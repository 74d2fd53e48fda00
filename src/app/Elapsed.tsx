import { useEffect, useState } from 'react';
import { formatDuration } from './parseNumber';

/** Time since `startEpochMs`, ticking while `running`; the final value once it stops. */
export function Elapsed({ startEpochMs, finalMs, running }: { startEpochMs: number | null; finalMs: number | null; running: boolean }) {
  const [now, setNow] = useState(() => performance.timeOrigin + performance.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.timeOrigin + performance.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  if (finalMs !== null) return <>{formatDuration(finalMs)}</>;
  if (startEpochMs === null) return <>–</>;
  return <>{formatDuration(Math.max(0, now - startEpochMs))}</>;
}
