// Every lesson, in the order the lessons page lists them. A lesson is data (./lesson.ts): to add
// one, write a file in ./catalogue/ and add a line below. The unit tests check every step's
// settings against its lab's own validation.
import type { Lesson } from './lesson';
import { chunkSize } from './catalogue/chunkSize';
import { earlyExit } from './catalogue/earlyExit';
import { gilFreeWork } from './catalogue/gilFreeWork';
import { gilOldAndNew } from './catalogue/gilOldAndNew';
import { loadBalance } from './catalogue/loadBalance';
import { piAcrossProcesses } from './catalogue/piAcrossProcesses';
import { queuesCost } from './catalogue/queuesCost';
import { threadsForIo } from './catalogue/threadsForIo';
import { waitingIsNotComputing } from './catalogue/waitingIsNotComputing';

export const lessons: readonly Lesson[] = [
  piAcrossProcesses,
  chunkSize,
  loadBalance,
  gilOldAndNew,
  gilFreeWork,
  threadsForIo,
  queuesCost,
  earlyExit,
  waitingIsNotComputing,
];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
