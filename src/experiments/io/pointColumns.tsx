import { formatDuration } from '../../format';
import type { Column } from '../../lab/Table';
import type { IoPoint } from './tasks';

/** A sweep's or preset's runs, a row each: every table of the lab's tasks has these columns. */
export const POINT_COLUMNS: Column<IoPoint>[] = [
  { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
  { title: 'Against N × latency', cell: (p) => (Number.isFinite(p.ratioToSerialWait) ? `${p.ratioToSerialWait.toFixed(3)}×` : '–') },
  { title: 'At best (waits only)', cell: (p) => formatDuration(p.idealMs) },
  { title: 'Wall / at best', cell: (p) => (p.idealMs > 0 ? `${(p.wallMs / p.idealMs).toFixed(2)}×` : '–') },
  { title: 'Only waiting', cell: (p) => (p.waitingShare === null ? '–' : `${(p.waitingShare * 100).toFixed(1)} %`) },
  { title: 'Start-up (apart)', cell: (p) => formatDuration(p.startUpMs) },
  { title: 'Tab', cell: (p) => (p.hidden ? 'hidden: throttled' : 'in view') },
];
