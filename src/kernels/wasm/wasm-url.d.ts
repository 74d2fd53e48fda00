// `?wasm-url` imports of AssemblyScript sources, compiled by scripts/wasm-plugin.ts.
declare module '*?wasm-url' {
  /** URL of the compiled module: a hashed asset in the build, a data: URL in dev and tests. */
  const url: string;
  export default url;
}
