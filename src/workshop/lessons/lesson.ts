// What a lesson is: a few steps on one lab, each asking a question, taking a prediction, running
// the lab with the step's settings and reading what it measured from the finished task.
// Lessons are data: a new one is a file in ./catalogue/ and a line in ./catalogue.ts.
import type { TaskExport } from '../../runs/exportFormat';

/** Text that may name this machine's logical core count. */
export type Text = string | ((cores: number) => string);

export type Prediction =
  /** A number, in `unit` (shown beside the field, e.g. "×", "%", "darts"). */
  | { kind: 'number'; unit: string }
  /** One of a few answers. */
  | { kind: 'choice'; options: readonly { value: string; label: string }[] };

/** What a step read from the finished task: a number in the prediction's unit, said in words. */
export interface Measurement {
  value: number;
  /** The prediction's choice the measurement supports (choice predictions). */
  choice?: string;
  /** How it was measured, e.g. "1 worker: 812 ms, 2 workers: 421 ms". */
  detail: string;
}

export interface Step {
  title: string;
  /** One or two sentences. */
  question: Text;
  prediction: Prediction;
  /** The lab action the step runs ("run", or one of the lab's actions such as "sweep") and its button's label. */
  action: string;
  actionLabel: string;
  /** The lab's settings for the step, by link key (as in a shared link: "samples" -> "4e7"). */
  settings(cores: number): Record<string, string>;
  /** The step's figure from a finished task of the lab, or null if the task is not what the step runs. */
  measure(task: TaskExport): Measurement | null;
  /** What the source found, in its own setting, and the source (the book, Orthanc, Beazley). */
  source: { figure: Text; from: string };
  /** Why, in a few sentences: shown once the step is measured. */
  explanation: Text;
}

export interface Lesson {
  /** In links: #/lessons/<id>/<step number>. */
  id: string;
  title: string;
  /** The lab every step runs in (its id in the registry). */
  lab: string;
  summary: string;
  /** Three to six. */
  steps: readonly Step[];
}

export const resolveText = (text: Text, cores: number): string => (typeof text === 'function' ? text(cores) : text);
