// Yielding to the event loop, on the page or in a worker.

/**
 * Resolves in a new task, so whatever waits in the event loop (a click on Stop, a repaint, a
 * worker's termination) gets its turn first. Unlike setTimeout(0), a message is not clamped to
 * 4 ms when nested.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
