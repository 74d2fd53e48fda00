import { isCrossOriginIsolated } from '../isolation/crossOriginIsolation';
import { logicalCores } from '../platform';

/** Whether the page can share memory with its workers, and how many logical cores it sees. */
export function IsolationBadge() {
  const isolated = isCrossOriginIsolated();
  const cores = logicalCores();
  return (
    <span
      className={`badge ${isolated ? 'isolated' : 'not-isolated'}`}
      title={
        isolated
          ? 'Cross-origin isolated: SharedArrayBuffer and Atomics are available to workers.'
          : 'Not cross-origin isolated: SharedArrayBuffer is unavailable here (the pi lab does not need it).'
      }
    >
      {isolated ? 'isolated' : 'not isolated'} · {cores} logical {cores === 1 ? 'core' : 'cores'}
    </span>
  );
}
