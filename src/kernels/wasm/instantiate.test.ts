import { describe, expect, it } from 'vitest';
import { instantiate, simdSupported } from './instantiate';
import { wasmUrls } from './modules';

describe("the kernels' WebAssembly modules", () => {
  it('detects SIMD, which Node 20 has', () => {
    expect(simdSupported()).toBe(true);
  });

  it.each(Object.entries(wasmUrls))('compiles %s, which imports nothing', async (_name, url) => {
    const module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
    expect(WebAssembly.Module.imports(module)).toEqual([]);
    const exports = await instantiate<Record<string, unknown>>(module);
    expect(exports.memory).toBeInstanceOf(WebAssembly.Memory);
  });
});
