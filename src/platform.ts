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

/** A module whose one function returns i8x16.splat(0): valid only where WebAssembly has SIMD. */
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // types: () -> v128
  0x03, 0x02, 0x01, 0x00, // functions: one of type 0
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b, // code: i32.const 0, i8x16.splat
]);

export function simdSupported(): boolean {
  return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}
