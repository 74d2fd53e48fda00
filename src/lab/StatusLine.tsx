import type { RunRecord } from '../runs/record';

interface Props {
  record: Pick<RunRecord<unknown, unknown>, 'status' | 'error' | 'itemsDone' | 'totalItems'> | null;
  running: boolean;
  /** Before any run. */
  ready: string;
  starting: string;
  stopped: string;
}

/** One line saying where the live run is; a failed run's error as an alert. */
export function RunStatus({ record, running, ready, starting, stopped }: Props) {
  if (!record) return <p role="status" className="run-status">{ready}</p>;
  if (record.status === 'failed') {
    return (
      <div role="alert" className="error-box">
        The run failed: {asSentence(record.error ?? 'unknown error')} The workers were shut down; you can run again.
      </div>
    );
  }
  const text = {
    starting,
    running: `Running: ${Math.floor((record.itemsDone / record.totalItems) * 100)} % done.`,
    done: 'Done.',
    stopped,
  }[record.status];
  return (
    <p role="status" className="run-status" aria-busy={running}>
      {text}
    </p>
  );
}

function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
