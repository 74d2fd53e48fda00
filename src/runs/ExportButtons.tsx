import { downloadText, runToCsv, runToJson, runToTrace, type ResultFields } from './exportRun';
import type { RunRecord } from './record';

/** A finished run's record as JSON, CSV (a row per chunk) and a Chrome trace. */
export function ExportButtons<P, R>({ record, resultFields }: { record: RunRecord<P, R>; resultFields: (result: R) => ResultFields }) {
  const baseName = `${record.experiment}-${record.environment.startedAt.replace(/[:.]/g, '-')}`;
  return (
    <div className="exports">
      <button type="button" onClick={() => downloadText(`${baseName}.json`, runToJson(record, resultFields), 'application/json')}>
        Export JSON
      </button>
      <button type="button" onClick={() => downloadText(`${baseName}.csv`, runToCsv(record, resultFields), 'text/csv')}>
        Export CSV
      </button>
      <button type="button" onClick={() => downloadText(`${baseName}.trace.json`, runToTrace(record, resultFields), 'application/json')}>
        Export trace
      </button>
    </div>
  );
}
