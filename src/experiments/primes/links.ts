// Links: the form lives in the URL so a workshop leader can share a run.
import { ORDERS, STRATEGIES, type PrimeField, type PrimeForm } from './params';

const TEXT_KEYS = {
  from: 'from',
  to: 'to',
  workers: 'workers',
  chunkSize: 'chunk',
  sweepNumbers: 'sweepNumbers',
  profileFrom: 'profileFrom',
  profileTo: 'profileTo',
} as const satisfies Partial<Record<PrimeField, string>>;

export function primeFormToQuery(form: PrimeForm): URLSearchParams {
  const query = new URLSearchParams();
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, string][]) {
    if (form[field].trim() !== '') query.set(key, form[field].trim());
  }
  if (form.strategy !== 'dynamic') query.set('strategy', form.strategy);
  if (form.order !== 'ascending') query.set('order', form.order);
  if (form.skipEven) query.set('skipEven', '1');
  if (form.mode === 'threads') query.set('mode', 'threads');
  if (form.mode === 'threads') query.set('policy', form.policy);
  return query;
}

/** Reads a shared link onto the defaults; unknown keys and odd values never throw. */
export function primeFormFromQuery(query: URLSearchParams, defaults: PrimeForm): PrimeForm {
  const form = { ...defaults };
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, string][]) {
    const value = query.get(key);
    if (value !== null) form[field] = value.slice(0, 200);
  }
  const strategy = STRATEGIES.find((s) => s.value === query.get('strategy'));
  if (strategy) form.strategy = strategy.value;
  const order = ORDERS.find((o) => o.value === query.get('order'));
  if (order) form.order = order.value;
  if (query.has('skipEven')) form.skipEven = query.get('skipEven') === '1';
  if (query.get('mode') === 'threads') form.mode = 'threads';
  const policy = query.get('policy');
  if (policy === 'none' || policy === 'old' || policy === 'new') form.policy = policy;
  return form;
}
