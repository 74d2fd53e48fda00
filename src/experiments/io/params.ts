// The I/O lab's settings: what a person types, what a run needs, and the rules between them.
import { formatCount } from '../../format';
import { parseDecimal, parseWholeNumber } from '../../lab/parseNumber';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';

/** How the client sends its requests. */
export type Client = 'serial' | 'concurrent' | 'batches';
/** Where the client's CPU work per answer runs. */
export type CpuPlace = 'page' | 'workers';

/** Everything a run needs, validated. */
export interface IoParams {
  /** Items to send: N. Each is a request of its own, except in batches. */
  requests: number;
  client: Client;
  /** Requests in flight at once: 1 one after another and in batches. */
  inFlight: number;
  /** Items per request: 1 unless in batches. */
  batchSize: number;
  latencyMs: number;
  jitterMs: number;
  /** Requests the server serves at once; null: no limit. */
  capacity: number | null;
  /** The server's CPU work per item, on its one thread. */
  serverCpuMs: number;
  /** The client's CPU work per item of each answer. */
  clientCpuMs: number;
  cpuOn: CpuPlace;
  cpuWorkers: number;
}

/** The form as typed: strings, so a half-typed value survives re-renders and links. */
export interface IoForm {
  requests: string;
  client: Client;
  inFlight: string;
  batchSize: string;
  latency: string;
  jitter: string;
  capacity: string;
  serverCpu: string;
  clientCpu: string;
  cpuOn: CpuPlace;
  cpuWorkers: string;
}

export const REQUESTS_RULE = { min: 1, max: 10_000 };
export const LATENCY_RULE = { min: 0, max: 10_000 };
export const CAPACITY_RULE = { min: 1, max: 10_000 };
export const CPU_MS_RULE = { min: 0, max: 1_000 };
export const CPU_WORKERS_RULE = { min: 1, max: 16 };
/** A run estimated to take longer than this is refused. */
export const MAX_RUN_SECONDS = 120;
/** What a request's two messages and its bookkeeping cost, at least, on a busy machine. */
const MESSAGE_MS = 0.5;

export const CLIENTS: { value: Client; label: string }[] = [
  { value: 'serial', label: 'One after another' },
  { value: 'concurrent', label: 'Concurrent, at most N in flight' },
  { value: 'batches', label: 'Batches' },
];

export const CPU_PLACES: { value: CpuPlace; label: string }[] = [
  { value: 'page', label: 'The page (one thread)' },
  { value: 'workers', label: 'Workers' },
];

export function clientLabel(params: Pick<IoParams, 'client' | 'inFlight' | 'batchSize'>): string {
  if (params.client === 'serial') return 'One after another';
  if (params.client === 'concurrent') return `Concurrent, at most ${formatCount(params.inFlight)} in flight`;
  return `Batches of ${formatCount(params.batchSize)}`;
}

/** The book's 200 requests of 100 ms, one after another. */
export function defaultIoForm(cores: number): IoForm {
  return {
    requests: '200',
    client: 'serial',
    inFlight: '100',
    batchSize: '100',
    latency: '100',
    jitter: '0',
    capacity: '',
    serverCpu: '0',
    clientCpu: '0',
    cpuOn: 'page',
    cpuWorkers: String(Math.min(CPU_WORKERS_RULE.max, Math.max(1, Math.floor(cores) || 1))),
  };
}

/** The settings every client shares; `client`'s own field is checked by the caller. */
export function readServerAndCpu(form: IoForm, errors: FieldErrors<IoForm>) {
  const requests = take(parseWholeNumber(form.requests, REQUESTS_RULE), 'requests', errors);
  const latencyMs = take(parseDecimal(form.latency, LATENCY_RULE), 'latency', errors);
  let jitterMs = take(parseDecimal(form.jitter, LATENCY_RULE), 'jitter', errors);
  if (jitterMs !== undefined && latencyMs !== undefined && jitterMs > latencyMs) {
    errors.jitter = `Enter 0 to the latency (${formatCount(latencyMs)} ms): a latency of ${formatCount(latencyMs)} ± ${formatCount(jitterMs)} ms would go below 0.`;
    jitterMs = undefined;
  }
  const capacity = form.capacity.trim() === '' ? null : take(parseWholeNumber(form.capacity, CAPACITY_RULE), 'capacity', errors);
  const serverCpuMs = take(parseDecimal(form.serverCpu, CPU_MS_RULE), 'serverCpu', errors);
  const clientCpuMs = take(parseDecimal(form.clientCpu, CPU_MS_RULE), 'clientCpu', errors);
  const cpuWorkers = form.cpuOn === 'workers' ? take(parseWholeNumber(form.cpuWorkers, CPU_WORKERS_RULE), 'cpuWorkers', errors) : 1;
  if (requests === undefined || latencyMs === undefined || jitterMs === undefined || capacity === undefined) return null;
  if (serverCpuMs === undefined || clientCpuMs === undefined || cpuWorkers === undefined) return null;
  return { requests, latencyMs, jitterMs, capacity, serverCpuMs, clientCpuMs, cpuOn: form.cpuOn, cpuWorkers };
}

export function validateIoForm(form: IoForm, context: LabContext): Validation<IoForm, IoParams> {
  const errors: FieldErrors<IoForm> = {};
  const shared = readServerAndCpu(form, errors);
  const limit = shared?.requests ?? REQUESTS_RULE.max;
  let inFlight: number | undefined = 1;
  let batchSize: number | undefined = 1;
  if (form.client === 'concurrent') inFlight = take(parseWholeNumber(form.inFlight, { min: 1, max: limit }), 'inFlight', errors);
  if (form.client === 'batches') batchSize = take(parseWholeNumber(form.batchSize, { min: 1, max: limit }), 'batchSize', errors);
  if (!shared || inFlight === undefined || batchSize === undefined) return invalid(errors);
  const params: IoParams = { ...shared, client: form.client, inFlight, batchSize };
  const tooLong = checkRunTime(params, context.cores);
  return tooLong ? invalid({ requests: tooLong }) : valid(params);
}

/** Requests a run sends: one per item, or one per batch. */
export function requestCount(params: Pick<IoParams, 'requests' | 'batchSize'>): number {
  return Math.ceil(params.requests / params.batchSize);
}

/** N × latency: what sending every item on its own, one after another, waits at least. */
export function serialWaitMs(params: Pick<IoParams, 'requests' | 'latencyMs'>): number {
  return params.requests * params.latencyMs;
}

/**
 * The least this client can wait, counting only the waits: N × latency over the requests in
 * flight at once (the server's capacity caps them), or a batch's latency per batch.
 */
export function idealWaitMs(params: Pick<IoParams, 'requests' | 'latencyMs' | 'inFlight' | 'batchSize' | 'capacity'>): number {
  if (params.batchSize > 1) return requestCount(params) * params.latencyMs;
  return serialWaitMs(params) / Math.min(params.inFlight, params.capacity ?? Infinity);
}

/** About how long a run takes: its waits, or its CPU work where that is the bottleneck. */
export function estimateRunMs(params: IoParams, cores: number): number {
  const requests = requestCount(params);
  const perRequest = params.latencyMs + params.serverCpuMs * params.batchSize + MESSAGE_MS;
  const clientCpu = params.requests * params.clientCpuMs;
  if (params.inFlight === 1) return requests * perRequest + clientCpu;
  const places = Math.min(params.inFlight, params.capacity ?? Infinity);
  const cpuLanes = params.cpuOn === 'workers' ? Math.max(1, Math.min(params.cpuWorkers, cores, params.inFlight)) : 1;
  return Math.max(Math.ceil(requests / places) * perRequest, params.requests * params.serverCpuMs, clientCpu / cpuLanes, requests * MESSAGE_MS);
}

function checkRunTime(params: IoParams, cores: number): string | null {
  const seconds = estimateRunMs(params, cores) / 1000;
  if (seconds <= MAX_RUN_SECONDS) return null;
  return `This run would take about ${formatSeconds(seconds)}; keep it under about ${MAX_RUN_SECONDS} s: fewer requests, a shorter latency or less CPU work, more in flight, or bigger batches.`;
}

export function formatSeconds(seconds: number): string {
  return seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} minutes`
      : `${formatCount(Math.round(seconds / 3600))} hours`;
}
