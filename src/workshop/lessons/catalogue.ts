// Every lesson, in the order the lessons page lists them. A lesson is data (./lesson.ts): to add
// one, write a file in ./catalogue/ and add a line below. The unit tests check every step's
// settings against its lab's own validation.
import type { Lesson } from './lesson';
import { chunkSize } from './catalogue/chunkSize';
import { gilFreeWork } from './catalogue/gilFreeWork';
import { gilOldAndNew } from './catalogue/gilOldAndNew';
import { loadBalance } from './catalogue/loadBalance';
import { piAcrossProcesses } from './catalogue/piAcrossProcesses';
import { threadsForIo } from './catalogue/threadsForIo';

export const lessons: readonly Lesson[] = [
  piAcrossProcesses,
  chunkSize,
  loadBalance,
  gilOldAndNew,
  gilFreeWork,
  threadsForIo,
  // The queue, early-exit and I/O labs' lessons go here once those labs are in the registry
  // (queues and the cost of communication, verifying one large prime with a shared flag,
  // requests in flight): one file each in ./catalogue/, one line each here.
];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
