// A Node worker thread that runs simulated threads for ../concurrency.test.ts, one per message:
// the app's own lock and thread code, bundled by the test (Node cannot load TypeScript).
import { parentPort } from 'node:worker_threads';
import type { GilSettings } from '../lock';
import type { GilBuffers } from '../shared';
import { runSimulatedThread, type ThreadPlan } from '../thread';

export interface NodeThreadJob {
  buffers: GilBuffers;
  plan: ThreadPlan;
  settings: GilSettings;
}

const port = parentPort;
if (!port) throw new Error('nodeThread.worker runs in a worker thread');
const epochNow = () => performance.timeOrigin + performance.now();
// The thread blocks this worker's event loop until it is done, as a simulated thread does in the browser.
port.on('message', ({ buffers, plan, settings }: NodeThreadJob) => port.postMessage(runSimulatedThread(buffers, plan, settings, { epochNow })));
