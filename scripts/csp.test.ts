import { describe, expect, it } from 'vitest';
import { META_POLICY, PAGE_POLICY, WORKER_POLICY, isWorkerScript, policyFor } from './csp.mjs';

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('never lets the page evaluate code or compile WebAssembly', () => {
    for (const policy of [META_POLICY, PAGE_POLICY]) {
      expect(directives(policy).get('script-src')).toEqual(["'self'"]);
      expect(policy).not.toContain('eval');
    }
  });

  it('lets worker scripts compile WebAssembly, and nothing more', () => {
    expect(directives(WORKER_POLICY).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(WORKER_POLICY).not.toContain("'unsafe-eval'");
    const rest = (policy: string) => [...directives(policy)].filter(([name]) => name !== 'script-src');
    expect(rest(WORKER_POLICY)).toEqual(rest(PAGE_POLICY));
  });

  it('puts frame-ancestors in the headers only: a <meta> policy cannot carry it', () => {
    expect(directives(PAGE_POLICY).get('frame-ancestors')).toEqual(["'self'"]);
    expect(directives(META_POLICY).has('frame-ancestors')).toBe(false);
    const rest = [...directives(PAGE_POLICY)].filter(([name]) => name !== 'frame-ancestors');
    expect(rest).toEqual([...directives(META_POLICY)]);
  });

  it.each([
    'compute.worker-cvcRWlGP.js',
    'compute.worker-a_B-9.js',
    'assets/compute.worker-cvcRWlGP.js',
    'compute.worker.js',
    'gil.worker.mjs',
    'COMPUTE.WORKER-X.JS',
  ])('treats %s as a worker script', (name) => {
    expect(isWorkerScript(name)).toBe(true);
    expect(policyFor(name)).toBe(WORKER_POLICY);
  });

  it.each([
    'index-De37EZ9Q.js',
    'worker.js',
    'coi-sw.js',
    'compute.worker-cvcRWlGP.js.map',
    'compute.worker-cvcRWlGP.css',
    'compute.workerx.js',
    'compute.worker-cvcRWlGP.js/index.html',
    'index.html',
  ])('gives %s the page policy', (name) => {
    expect(isWorkerScript(name)).toBe(false);
    expect(policyFor(name)).toBe(PAGE_POLICY);
  });
});
