// The compiled kernels' URLs (see scripts/wasm-plugin.ts).
import piUrl from './assembly/pi.ts?wasm-url';
import piSimdUrl from './assembly/piSimd.ts?wasm-url';
import primesUrl from './assembly/primes.ts?wasm-url';

export const wasmUrls = { pi: piUrl, piSimd: piSimdUrl, primes: primesUrl } as const;

export type WasmModuleName = keyof typeof wasmUrls;
