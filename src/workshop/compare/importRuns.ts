// Importing files into the kept runs: each file read and checked on its own, the good ones kept
// together, and a sentence per file saying what became of it.
import type { TaskExport } from '../../runs/exportFormat';
import { readImport, type ImportedFile } from '../kept/importFile';
import { fingerprintOf, type RunStore } from '../kept/runStore';

export interface ImportMessage {
  file: string;
  refused: boolean;
  text: string;
}

export async function importRuns(store: RunStore, files: readonly ImportedFile[], describe: (task: TaskExport) => string): Promise<ImportMessage[]> {
  const outcomes = await Promise.all(files.map(readImport));
  const accepted = outcomes.flatMap((outcome) => (outcome.ok ? [outcome] : []));
  // A refused file never reaches the store: what is kept stays as it was.
  const result = accepted.length > 0 ? await store.keep(accepted.map(({ task, file }) => ({ task, file }))) : { kept: [], dropped: 0, leftOut: [] };
  const keptNow = new Set(result.kept.map((run) => run.fingerprint));
  const leftOut = new Set(result.leftOut);
  const messages = outcomes.map((outcome): ImportMessage => {
    if (!outcome.ok) return { file: outcome.file, refused: true, text: outcome.message };
    const fingerprint = fingerprintOf(outcome.task);
    if (keptNow.has(fingerprint)) return { file: outcome.file, refused: false, text: `${outcome.file}: imported: ${describe(outcome.task)}.` };
    if (leftOut.has(fingerprint))
      return { file: outcome.file, refused: true, text: `${outcome.file} was not kept: there is no room for it among the kept runs.` };
    return { file: outcome.file, refused: false, text: `${outcome.file}: already kept.` };
  });
  if (result.dropped > 0) {
    messages.push({
      file: '',
      refused: false,
      text: `${result.dropped} of the oldest ${result.dropped === 1 ? 'run was' : 'runs were'} dropped to make room.`,
    });
  }
  return messages;
}
