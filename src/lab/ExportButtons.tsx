import { downloadText, exportBaseName, runToCsv, runToTrace, type TaskExport } from '../runs/exportFormat';

interface Props {
  /** Builds the task's export when a button is pressed (not on every repaint). */
  exportTask(): TaskExport;
  laneName(lane: number): string;
}

/** A task as JSON (everything), and its last run as CSV (a row per chunk) and a Chrome trace. */
export function ExportButtons({ exportTask, laneName }: Props) {
  const save = (format: 'json' | 'csv' | 'trace') => {
    const task = exportTask();
    const baseName = exportBaseName(task);
    const run = task.runs.at(-1);
    if (format === 'json') downloadText(`${baseName}.json`, JSON.stringify(task, null, 2), 'application/json');
    else if (run && format === 'csv') downloadText(`${baseName}.csv`, runToCsv(run), 'text/csv');
    else if (run) downloadText(`${baseName}.trace.json`, runToTrace(run, task.experiment, laneName), 'application/json');
  };
  return (
    <div className="exports">
      <button type="button" onClick={() => save('json')}>
        Export JSON
      </button>
      <button type="button" onClick={() => save('csv')}>
        Export CSV
      </button>
      <button type="button" onClick={() => save('trace')}>
        Export trace
      </button>
    </div>
  );
}
