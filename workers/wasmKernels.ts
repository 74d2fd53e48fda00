// This worker's WebAssembly kernels: each module fetched and compiled once, on first use, then
// warmed up so that the first timed chunk already runs optimized code.
import { simdSupported } from '../src/kernels/wasm/instantiate';
import { wasmUrls } from '../src/kernels/wasm/modules';
import { instantiatePiKernel, type PiKernel } from '../src/kernels/wasm/pi';
import { instantiatePrimeKernel, type PrimeKernel } from '../src/kernels/wasm/primes';

import type { PiKernelName, PrimeKernelName } from '../src/kernels/kernelNames';

export type { PiKernelName, PrimeKernelName };

const loaded = new Map<string, Promise<PiKernel | PrimeKernel>>();

function once<K extends PiKernel | PrimeKernel>(key: string, load: () => Promise<K>): Promise<K> {
  if (!loaded.has(key)) loaded.set(key, load());
  return loaded.get(key) as Promise<K>;
}

async function compile(url: string): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load a WebAssembly kernel: HTTP ${response.status} for ${url}.`);
  return WebAssembly.compile(await response.arrayBuffer());
}

export function wasmPiKernel(name: Exclude<PiKernelName, 'js'>): Promise<PiKernel> {
  if (name !== 'wasm' && name !== 'simd') return Promise.reject(new Error(`Unknown pi kernel: ${String(name)}.`));
  return once(name, async () => {
    if (name === 'simd' && !simdSupported()) throw new Error('This browser cannot run WebAssembly SIMD.');
    const kernel = await instantiatePiKernel(await compile(name === 'simd' ? wasmUrls.piSimd : wasmUrls.pi));
    kernel.warmUp();
    return kernel;
  });
}

export function wasmPrimeKernel(name: Exclude<PrimeKernelName, 'js'>): Promise<PrimeKernel> {
  if (name !== 'wasm') return Promise.reject(new Error(`Unknown prime kernel: ${String(name)}.`));
  return once('primes', async () => {
    const kernel = await instantiatePrimeKernel(await compile(wasmUrls.primes));
    kernel.warmUp();
    return kernel;
  });
}
