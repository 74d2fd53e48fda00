// Drives one run of a job and keeps its record up to date; never throws.
import { epochNow } from '../clock';
import type { Job } from '../pool/job';
import { runJobOnThisThread, runJobOnWorkers, type StartUp } from '../pool/runJob';
import { isAbortError, type ChunkDispatch, type ChunkEvent } from '../pool/types';
import { BUSY_TICK_MS, LIVE_TICK_MS, type LiveTaskContext } from './live';
import { startPageMeter, type PageMeter } from './pageMeter';
import type { RunRecord } from './record';

/**
 * Runs the job as the record describes, appending each chunk event to the record and calling
 * `changed` after every mutation (the caller throttles repaints). Ends with status done,
 * stopped or failed; never throws.
 */
export async function executeRun<S, C, R, I, A>(record: RunRecord<S, R, I>, job: Job<C, R, A>, { signal, changed, pace }: LiveTaskContext): Promise<void> {
  let meter: PageMeter | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  const options = {
    signal,
    onStarted({ spawnMs, warmUpMs, runStartEpochMs }: StartUp) {
      record.spawnMs = spawnMs;
      record.warmUpMs = warmUpMs;
      record.runStartEpochMs = runStartEpochMs;
      markTimedRegion('pp:run-start', runStartEpochMs);
      record.status = 'running';
      // The page is watched over the timed region only: spawning is measured apart.
      // Frames are counted where the lesson is the page's own frame rate: the main-thread mode.
      meter = startPageMeter({ countFrames: record.mode === 'mainThread' });
      record.page = meter.reading;
      // While chunks are in flight, live views advance even if no chunk finishes.
      const tickMs = record.mode !== 'mainThread' && record.workers >= record.environment.logicalCores ? BUSY_TICK_MS : LIVE_TICK_MS;
      pace(tickMs);
      ticker = setInterval(changed, tickMs);
      changed();
    },
    onDispatch(dispatch: ChunkDispatch) {
      record.inFlight[dispatch.worker] = dispatch;
      changed();
    },
    onEvent(event: ChunkEvent<R>) {
      record.events.push(event);
      record.itemsDone += event.items;
      if (record.inFlight[event.worker]?.chunk === event.chunk) record.inFlight[event.worker] = null;
      changed();
    },
  };
  try {
    const outcome =
      record.mode === 'mainThread'
        ? await runJobOnThisThread(job, options)
        : await runJobOnWorkers(job, { ...options, workers: record.workers, strategy: record.strategy });
    record.wallMs = lastEnd(outcome.events);
    markTimedRegion('pp:run-end', record.runStartEpochMs! + record.wallMs);
    record.status = 'done';
  } catch (error) {
    if (record.runStartEpochMs !== null) record.wallMs = epochNow() - record.runStartEpochMs;
    record.status = isAbortError(error) ? 'stopped' : 'failed';
    record.error = isAbortError(error) ? null : error instanceof Error ? error.message : String(error);
  } finally {
    if (ticker !== null) clearInterval(ticker);
    pace(LIVE_TICK_MS);
    record.inFlight.fill(null);
    if (meter) record.page = { ...(await (meter as PageMeter).stop()) };
    changed();
  }
}

/**
 * User Timing marks at the timed region's ends, at the instants the run measured (the end is
 * the last chunk's end, not when the page heard of it): the bench finds them in a browser
 * trace and counts what the page's threads did in between.
 */
function markTimedRegion(name: 'pp:run-start' | 'pp:run-end', epochMs: number): void {
  performance.mark(name, { startTime: epochMs - performance.timeOrigin });
}

/**
 * A finished run's wall time: from its start until its last chunk ended, as timed where the
 * chunk ran. The message bringing the last result back, and how busy the page was when it
 * arrived, are not part of the computation measured.
 */
function lastEnd(events: readonly ChunkEvent<unknown>[]): number {
  let end = 0;
  for (const event of events) end = Math.max(end, event.endMs);
  return end;
}
