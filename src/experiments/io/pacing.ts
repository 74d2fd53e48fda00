import { nextTask } from '../../nextTask';

/**
 * When each lane may send its first request: lanes 0 to perTask − 1 at once, the next perTask
 * a task later, and so on. A run starts every lane in one task of the page, and thousands of
 * sends there would block it for a good part of a second; after that, a lane sends when an
 * answer comes in, one task each, and never waits here.
 */
export function staggeredStart(perTask: number, yieldNow: () => Promise<void> = nextTask): (lane: number) => Promise<void> | null {
  const turns: Promise<void>[] = [Promise.resolve()];
  return (lane) => {
    const turn = Math.floor(lane / perTask);
    if (turn === 0) return null;
    while (turns.length <= turn) turns.push(turns[turns.length - 1].then(yieldNow));
    return turns[turn];
  };
}
