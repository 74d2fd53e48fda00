// Instantiating the kernels' modules, which import nothing.
export { simdSupported } from '../../platform';

export type WasmSource = WebAssembly.Module | BufferSource;

export async function instantiate<Exports>(source: WasmSource): Promise<Exports> {
  const instance = source instanceof WebAssembly.Module
    ? await WebAssembly.instantiate(source)
    : (await WebAssembly.instantiate(source)).instance;
  return instance.exports as Exports;
}
