import type { Strategy } from './types';

/** Hands out chunk indices to workers according to a strategy. */
export interface ChunkSource {
  /** The next chunk for this worker, or undefined when it has no more. */
  next(worker: number): number | undefined;
}

export function createChunkSource(strategy: Strategy, chunkCount: number, workers: number): ChunkSource {
  switch (strategy) {
    case 'dynamic':
      return sharedQueue(chunkCount);
    case 'static':
      return perWorkerQueues(workers, (w) => range(blockStart(w, chunkCount, workers), blockStart(w + 1, chunkCount, workers)));
    case 'roundRobin':
      return perWorkerQueues(workers, (w) => range(w, chunkCount, workers));
  }
}

/** Like Pool.map: one queue, an idle worker takes the next chunk. */
function sharedQueue(chunkCount: number): ChunkSource {
  let nextChunk = 0;
  return { next: () => (nextChunk < chunkCount ? nextChunk++ : undefined) };
}

function perWorkerQueues(workers: number, chunksOf: (worker: number) => number[]): ChunkSource {
  const queues = Array.from({ length: workers }, (_, w) => chunksOf(w));
  const positions = new Array<number>(workers).fill(0);
  return {
    next(worker) {
      const queue = queues[worker];
      return positions[worker] < queue.length ? queue[positions[worker]++] : undefined;
    },
  };
}

/** First chunk of worker w's contiguous block when chunkCount chunks are split over `workers`. */
function blockStart(w: number, chunkCount: number, workers: number): number {
  return Math.floor((w * chunkCount) / workers);
}

function range(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i += step) out.push(i);
  return out;
}
