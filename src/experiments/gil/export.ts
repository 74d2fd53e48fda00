// How the GIL lab states its comparisons in an export: the task's summary holds the ratios.
import type { ThreadOutcome } from '../../gil/thread';
import { threadsModeFields } from '../../lab/threadsMode';
import type { ExportDescription, Fields } from '../../runs/exportFormat';
import type { LabExports } from '../../lab/exports';
import type { GilRecord, GilTask } from './job';
import { summariseGilTask, type Spread } from './summary';

const spreadFields = (prefix: string, spread: Spread): Fields => ({ [`${prefix}MinMs`]: spread.minMs, [`${prefix}MaxMs`]: spread.maxMs });

export const gilExport: ExportDescription<GilRecord, ThreadOutcome, never> = {
  event: (outcome) => ({ ...outcome }),
  run: (record) => ({ phase: record.instruments.phase, ...threadsModeFields(record.instruments.gil, record.wallMs ?? 0) }),
  task(series) {
    const summary = summariseGilTask(series as GilTask);
    if (!summary) return {};
    const { threadsSpread, baselineSpread, processesSpread, ...figures } = summary;
    return {
      ...figures,
      ...spreadFields('threads', threadsSpread),
      ...spreadFields('baseline', baselineSpread),
      ...spreadFields('processes', processesSpread),
    };
  },
};

/** The lab's one kind of task: the threads, one thread and free workers, measured in turns. */
export const gilExports: LabExports = { gil: gilExport };
