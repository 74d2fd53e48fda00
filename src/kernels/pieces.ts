// A kernel whose input can be computed a piece at a time. A worker computes a long chunk in
// pieces so that it returns to its event loop every few milliseconds (a busy worker is only
// terminated after a 2 s grace period in Chromium); a simulated thread checks its GIL between
// pieces (its ticks). Computed one after another, the pieces give the chunk's own result.

export interface Divisible<I, R> {
  run(input: I): R;
  /** Consecutive pieces of the input, each about `size` units of work (the kernel says which unit). */
  split(input: I, size: number): I[];
  /** The pieces' results, in order, as the whole input's result. */
  join(parts: readonly R[], input: I): R;
}
