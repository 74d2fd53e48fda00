// One file offered for import: read, parsed and checked, or refused with a sentence that names
// the file and says what is wrong with it. Nothing is kept here: the store keeps what passes.
import type { TaskExport } from '../../runs/exportFormat';
import { validateExport } from './validateExport';

/** Larger files are refused unread: an export of the biggest runs the labs allow is well under it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What the import reads of a file (a File, or a stand-in in tests). */
export interface ImportedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileOutcome = { ok: true; file: string; task: TaskExport } | { ok: false; file: string; message: string };

export async function readImport(file: ImportedFile): Promise<FileOutcome> {
  const refuse = (problem: string): FileOutcome => ({ ok: false, file: file.name, message: `${file.name} was refused: ${problem}.` });
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(`it is ${(file.size / 1024 / 1024).toFixed(1)} MB, and a file may hold at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('it could not be read');
  }
  if (/^chunk,worker,/.test(text)) return refuse('it is a table of chunks (Export CSV), not a run: import the file Export JSON saves');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(text.trim() === '' ? 'it is empty' : `it is damaged or not JSON (${reason})`);
  }
  const checked = validateExport(parsed);
  return checked.ok ? { ok: true, file: file.name, task: checked.task } : refuse(checked.problem);
}
