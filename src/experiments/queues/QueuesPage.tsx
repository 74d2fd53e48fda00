import { formatCount } from '../../format';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { seriesVersion } from '../../runs/series';
import { EarlyExitPanel } from './EarlyExitPanel';
import { newEarlyExitTask, type EarlyExitTask } from './earlyExitJob';
import { VERIFY_PRESETS, type EarlyExitParams, type HistogramParams } from './earlyExitParams';
import { HistogramPanel } from './HistogramPanel';
import { newHistogramTask, type HistogramTask } from './histogramJob';
import { IpcPanel } from './IpcPanel';
import { newIpcTask, type IpcTask } from './ipcJob';
import type { IpcParams } from './ipcParams';
import { LostUpdatesPanel } from './LostUpdatesPanel';
import { newLostUpdateTask, type LostUpdateTask } from './lostUpdatesJob';
import type { LostUpdateParams } from './lostUpdateParams';
import { queuesLab } from './meta';
import { queuesExports } from './export';
import type { QueuesForm } from './form';
import type { QueueRunParams, QueueSweepParams } from './params';
import { QueueLiveView } from './QueueLiveView';
import { QueueResult } from './QueueResult';
import { QueueSweepPanel } from './QueueSweepPanel';
import { newQueueRunTask, newQueueSweep, type QueueTask } from './queueTasks';
import { taskProgress, taskStep, type QueuesTask } from './taskStatus';

export default function QueuesPage(props: LabPageProps) {
  const lab = useLab<QueuesForm, QueueRunParams, QueuesTask>(queuesLab, props, queuesExports);
  const latest = lab.tasks.latest;
  const last = <T extends QueuesTask>(slot: string) => lab.tasks.last(slot) as T | null;
  const run = last<QueueTask>('run');
  const sweep = last<QueueTask>('queueSweep');
  const ipc = last<IpcTask>('ipc');
  const earlyExit = last<EarlyExitTask>('earlyExit');
  const histogram = last<HistogramTask>('histogram');
  const lostUpdates = last<LostUpdateTask>('lostUpdates');
  // The queue run shown live: the one running (or run last) of the run or the sweep.
  const queueTask = latest?.kind === 'run' || latest?.kind === 'queueSweep' ? (latest.state as QueueTask) : null;
  const live = queueTask?.current ?? null;
  const running = latest && lab.busy ? latest.state : null;

  // Every part's button, also offered to a lesson step by the action's name.
  const actions = {
    queueSweep: () => lab.start('queueSweep', (params: QueueSweepParams) => newQueueSweep(params)),
    ipc: () => lab.start('ipc', (params: IpcParams) => newIpcTask(params)),
    verify: () => lab.start('verify', (params: EarlyExitParams) => ({ ...newEarlyExitTask(params), slot: 'earlyExit' })),
    intervals: () => lab.start('intervals', (params: EarlyExitParams) => ({ ...newEarlyExitTask(params), slot: 'earlyExit' })),
    histogram: () => lab.start('histogram', (params: HistogramParams) => newHistogramTask(params)),
    lostUpdates: () => lab.start('lostUpdates', (params: LostUpdateParams) => newLostUpdateTask(params)),
  };

  const button = (label: string, onClick: () => void) => (
    <button type="button" onClick={onClick} disabled={lab.busy}>
      {label}
    </button>
  );

  return (
    <LabPage
      lab={lab}
      onRun={() => lab.start('run', (params: QueueRunParams) => newQueueRunTask(params))}
      actions={actions}
      status={{ step: running ? taskStep(running) : null, progress: running ? taskProgress(running) : null }}
      controls={
        <>
          <FieldGroup lab={lab} legend="Queue sweep">
            <p className="field-hint">Every queue at 1, 2, 4 and 8 workers, beside no queue: the run’s numbers, one run after another.</p>
            {button('Sweep workers', actions.queueSweep)}
          </FieldGroup>
          <FieldGroup lab={lab} legend="The cost of talking">
            {button('Measure the cost of talking', actions.ipc)}
          </FieldGroup>
          <FieldGroup lab={lab} legend="Early exit">
            <div className="presets" role="group" aria-label="Numbers to verify">
              {VERIFY_PRESETS.map((preset) => (
                <button key={preset.label} type="button" onClick={() => lab.change({ verifyNumber: formatCount(preset.value) })} disabled={lab.busy}>
                  {preset.label}
                </button>
              ))}
            </div>
            {button('Verify', actions.verify)}
            <p className="field-hint">The same number with the flag checked every 1, 10, 1,000 and 100,000 divisions:</p>
            {button('Compare check intervals', actions.intervals)}
          </FieldGroup>
          <FieldGroup lab={lab} legend="Smallest factors">
            {button('Draw the factor histogram', actions.histogram)}
          </FieldGroup>
          <FieldGroup lab={lab} legend="Lost updates">
            {button('Count', actions.lostUpdates)}
          </FieldGroup>
        </>
      }
    >
      {live ? <QueueLiveView key={live.id} record={live} version={lab.tasks.version} /> : null}
      {run && (run.status === 'done' || run.status === 'stopped') ? <QueueResult task={run} version={seriesVersion(run)} /> : null}
      {sweep ? <QueueSweepPanel sweep={sweep} version={seriesVersion(sweep)} /> : null}
      {ipc ? <IpcPanel task={ipc} version={seriesVersion(ipc)} /> : null}
      {earlyExit ? <EarlyExitPanel key={earlyExit.kind} task={earlyExit} version={seriesVersion(earlyExit)} /> : null}
      {histogram ? <HistogramPanel task={histogram} version={seriesVersion(histogram)} /> : null}
      {lostUpdates ? <LostUpdatesPanel task={lostUpdates} version={seriesVersion(lostUpdates)} /> : null}
    </LabPage>
  );
}
