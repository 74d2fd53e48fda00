// Starts scripts/serve.mjs (dist/ with COOP/COEP headers) on a free port.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';

const START_TIMEOUT_MS = 15_000;

/** Resolves to { url, stop() } once the server prints its address. */
export function startServer(root) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  return new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(`serve.mjs did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('error', (error) => fail(`serve.mjs could not start: ${error.message}`));
    child.once('exit', (code) => fail(`serve.mjs exited (code ${code}) before listening`));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const port = line.match(/:(\d+)\//)?.[1];
      if (!port) return fail(`unexpected first line from serve.mjs: ${line}`);
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${port}/`, stop });
    });
  });
}
