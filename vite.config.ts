/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_POLICY } from './scripts/csp.mjs';
import { assemblyScript } from './scripts/wasm-plugin.ts';
import { offlineCache } from './scripts/offline-plugin.ts';

// Cross-origin isolation unlocks SharedArrayBuffer (the simulated GIL) and precise timers.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Only the built site carries the CSP: Vite's dev server injects inline scripts.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' }],
  };
}

// The kernels in WebAssembly; the SIMD one is compiled with SIMD instructions enabled.
const wasmKernels = () => assemblyScript({ simd: ['src/kernels/wasm/assembly/piSimd.ts'] });

export default defineConfig({
  // Relative asset URLs: the same build works at a domain root and under any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), wasmKernels(), offlineCache()],
  // Workers are bundled on their own, with their own plugins.
  worker: { format: 'es', plugins: () => [wasmKernels()] },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'scripts/**/*.test.ts'],
    // No test is about speed, but some compute for real (ten million trial divisions): on a
    // loaded 2-core machine they take many times their usual second. Only a hang should fail.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
