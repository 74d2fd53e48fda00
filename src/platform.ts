// What the browser says about the machine it runs on.
import { isCrossOriginIsolated } from './isolation/crossOriginIsolation';

/** Logical cores (hyperthreads count), or 1 when the browser will not say. */
export function logicalCores(): number {
  return navigator.hardwareConcurrency || 1;
}

/** Where a run ran: kept with its record, so a result read later says what machine it came from. */
export interface RunEnvironment {
  userAgent: string;
  logicalCores: number;
  crossOriginIsolated: boolean;
  /** ISO time the run was started. */
  startedAt: string;
}

export function captureEnvironment(): RunEnvironment {
  return {
    userAgent: navigator.userAgent,
    logicalCores: logicalCores(),
    crossOriginIsolated: isCrossOriginIsolated(),
    startedAt: new Date().toISOString(),
  };
}
