import { useId, useState, type DragEvent } from 'react';
import { formatCount } from '../../format';
import { Table } from '../../lab/Table';
import { downloadText, exportBaseName } from '../../runs/exportFormat';
import { MAX_IMPORT_BYTES } from '../kept/importFile';
import { keptRuns } from '../kept/keptRuns';
import { formatWhen, machineName } from '../kept/machine';
import { KEPT_LIMITS, type KeptRun } from '../kept/runStore';
import type { KeptRuns } from '../kept/useKeptRuns';
import { importRuns, type ImportMessage } from './importRuns';
import { describeTask, labTitle, origin } from './names';
import { kindName } from './overlays';

/** The kept runs: how many, Clear runs, Import runs (a file picker, or files dropped here), and the list. */
export function KeptRunsPanel({ kept }: { kept: KeptRuns }) {
  const [messages, setMessages] = useState<ImportMessage[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const runs = kept.runs ?? [];

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    try {
      setMessages(await kept.update((store) => importRuns(store, files, describeTask)));
    } catch (error) {
      // The browser refused to store them (its storage is full, say): nothing was kept.
      setMessages([{ file: '', refused: true, text: `The runs could not be stored: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };
  const exportRun = async (run: KeptRun) => {
    const task = await (await keptRuns()).load(run.id);
    if (task) downloadText(`${exportBaseName(task)}.json`, JSON.stringify(task, null, 2), 'application/json');
  };

  return (
    <section
      className={`kept-runs drop-zone${dragging ? ' dragging' : ''}`}
      aria-label="Kept runs"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2>Kept runs</h2>
      <div className="actions">
        <p role="status" className="run-status">
          {kept.runs === null ? 'Reading the kept runs…' : keptCount(runs.length)}
        </p>
        <button type="button" onClick={() => void kept.update((store) => store.clear()).then(() => setMessages([]))} disabled={runs.length === 0}>
          Clear runs
        </button>
      </div>
      <p className="field-hint">
        Every task you finish in a lab (a run, a sweep, a GIL comparison) is kept here
        {kept.persistent ? '' : ' while this page is open (this browser refuses to store them for longer)'}, with the machine it ran on and when: at most{' '}
        {formatCount(KEPT_LIMITS.runs)} runs and {KEPT_LIMITS.size / 1024 / 1024} MB, the oldest dropped first.
      </p>
      <div className="import">
        <label htmlFor={inputId}>Import runs</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(files);
          }}
        />
        <span id={`${inputId}-hint`} className="field-hint">
          Files saved by Export JSON on any machine (a classmate’s), {MAX_IMPORT_BYTES / 1024 / 1024} MB at most each; or drop them on this box.
        </span>
      </div>
      <ul className="import-messages" aria-label="Import messages" aria-live="polite">
        {messages.map((message, i) => (
          <li key={i} className={message.refused ? 'field-error' : undefined}>
            {message.text}
          </li>
        ))}
      </ul>
      {runs.length > 0 ? (
        <Table
          label="Kept runs"
          head={{ title: 'Lab', cell: (run) => labTitle(run.task.experiment) }}
          columns={[
            { title: 'Kind', cell: (run) => kindName(run.task.kind) },
            { title: 'Machine', cell: (run) => machineName(run.task.environment) },
            { title: 'Run at', cell: (run) => formatWhen(run.task.environment.startedAt) },
            { title: 'From', cell: (run) => origin(run) },
            {
              title: 'Export',
              cell: (run) => (
                <button type="button" className="link-button" onClick={() => void exportRun(run)} aria-label={`Export JSON of ${describeTask(run.task)}`}>
                  Export JSON
                </button>
              ),
            },
          ]}
          rows={[...runs].reverse()}
          rowKey={(run) => run.id}
        />
      ) : null}
    </section>
  );
}

function keptCount(count: number): string {
  return count === 0 ? 'No runs kept yet.' : `${formatCount(count)} ${count === 1 ? 'run' : 'runs'} kept.`;
}
