// @ts-check
// Starts scripts/serve.mjs (a built app, with COOP/COEP headers) on a free port.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';

const START_TIMEOUT_MS = 15_000;

/**
 * Serves `dir`; resolves to { url, stop() } once the server prints its address.
 * @param {string} root
 * @param {string} dir
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export function startServer(root, dir) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--dir', dir, '--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })
    );

  return new Promise((resolve, reject) => {
    const fail = (/** @type {string} */ message) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(`serve.mjs did not start within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('error', (error) => fail(`serve.mjs could not start: ${error.message}`));
    const exitedEarly = (/** @type {number | null} */ code) => fail(`serve.mjs exited (code ${code}) before listening`);
    child.once('exit', exitedEarly);
    createInterface({ input: child.stdout }).once('line', (line) => {
      const port = line.match(/:(\d+)\//)?.[1];
      if (!port) return fail(`unexpected first line from serve.mjs: ${line}`);
      clearTimeout(timer);
      child.off('exit', exitedEarly);
      resolve({ url: `http://127.0.0.1:${port}/`, stop });
    });
  });
}
