import { useEffect, useState } from 'react';

/** Frames the page painted in the last half second, as frames per second. */
export function FrameRateMeter() {
  const [fps, setFps] = useState<number | null>(null);
  useEffect(() => {
    let frames = 0;
    let windowStart = performance.now();
    let request = requestAnimationFrame(function count(now) {
      frames++;
      if (now - windowStart >= 500) {
        setFps(Math.round((frames * 1000) / (now - windowStart)));
        frames = 0;
        windowStart = now;
      }
      request = requestAnimationFrame(count);
    });
    return () => cancelAnimationFrame(request);
  }, []);
  const level = fps === null ? '' : fps >= 50 ? 'good' : fps >= 20 ? 'poor' : 'bad';
  return (
    <span className={`meter fps ${level}`} title="Frames the page painted per second: it drops when the page's own thread is busy.">
      Page frame rate: <span className="fps-value">{fps === null ? '…' : `${fps} fps`}</span>
    </span>
  );
}
