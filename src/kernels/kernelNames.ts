// Which implementation computes a lab's chunks: the browser's version of "pure Python vs numpy".

/** Pi: plain JavaScript, WebAssembly, or WebAssembly SIMD (four block streams a lane). */
export type PiKernelName = 'js' | 'wasm' | 'simd';
/** Trial division: JavaScript or WebAssembly (it has no SIMD variant). */
export type PrimeKernelName = 'js' | 'wasm';
export type KernelName = PiKernelName;

export const KERNEL_LABELS: Record<KernelName, string> = {
  js: 'JavaScript',
  wasm: 'WebAssembly',
  simd: 'WebAssembly SIMD',
};
