// What the browser says about the machine it runs on.

/** Logical cores (hyperthreads count), or 1 when the browser will not say. */
export function logicalCores(): number {
  return navigator.hardwareConcurrency || 1;
}
