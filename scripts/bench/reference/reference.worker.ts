// The reference page's worker: the app's kernels, each chunk computed by one call (no pieces, no
// yields), and the app's simulated GIL threads, answered with plain postMessage.
import { epochNow, timed } from '../../../src/clock';
import { runSimulatedThread, warmUpThread } from '../../../src/gil/thread';
import { piChunk } from '../../../src/kernels/pi';
import { checkPrimeChunk } from '../../../src/kernels/primes';
import { wasmPiKernel, wasmPrimeKernel } from '../../../workers/wasmKernels';
import type { Call, PingPong, Reply, Request } from './protocol';

async function answer(request: Call): Promise<unknown> {
  switch (request.call) {
    case 'ping':
      return true;
    case 'piChunk': {
      // A WebAssembly module is compiled on first use, as in the app: during the warm-up.
      const { kernel = 'js', ...input } = request.input;
      return timed(kernel === 'js' ? piChunk : (await wasmPiKernel(kernel)).piChunk)(input);
    }
    case 'primeChunk': {
      const { kernel = 'js', ...input } = request.input;
      return timed(kernel === 'js' ? checkPrimeChunk : (await wasmPrimeKernel(kernel)).checkPrimeChunk)(input);
    }
    case 'gilThread':
      return timed(() => runSimulatedThread(request.buffers, request.plan, request.settings, { epochNow }))();
    case 'gilWarmUp':
      return warmUpThread(request.seed);
    case 'pingPong':
      return pingPong(request);
  }
}

/**
 * The bare wait/notify round trip: ping bumps the turn and notifies, pong wakes, bumps it back
 * and notifies. Returns ping's round times in µs (pong returns none).
 */
function pingPong({ role, buffer, rounds, waitTimeoutMs }: PingPong): number[] {
  const turn = new Int32Array(buffer);
  const waitFor = (value: number) => {
    for (let seen = Atomics.load(turn, 0); seen !== value; seen = Atomics.load(turn, 0)) Atomics.wait(turn, 0, seen, waitTimeoutMs);
  };
  const pass = (value: number) => {
    Atomics.store(turn, 0, value);
    Atomics.notify(turn, 0);
  };
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (role === 'pong') {
      waitFor(2 * round + 1);
      pass(2 * round + 2);
    } else {
      const start = performance.now();
      pass(2 * round + 1);
      waitFor(2 * round + 2);
      times.push((performance.now() - start) * 1000);
    }
  }
  return times;
}

addEventListener('message', (event: MessageEvent<Request>) => {
  const { id } = event.data;
  answer(event.data).then(
    (value) => postMessage({ id, value } satisfies Reply),
    (error: unknown) => postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
});
