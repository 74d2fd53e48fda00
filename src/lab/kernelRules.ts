// Which kernels a run may use here.

export const SIMD_UNAVAILABLE = 'this browser cannot run WebAssembly SIMD.';

/** Why the kernel cannot run here, or null. The page's own thread runs the JavaScript kernel only. */
export function checkKernel(kernel: string, onMainThread: boolean, wasmSimd: boolean): string | null {
  if (kernel !== 'js' && onMainThread) return 'Main thread mode runs the JavaScript kernel only: it is there to show the page blocking.';
  if (kernel === 'simd' && !wasmSimd) return `WebAssembly SIMD: ${SIMD_UNAVAILABLE} Choose WebAssembly or JavaScript.`;
  return null;
}
