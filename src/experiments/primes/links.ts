// Links: the form lives in the URL so a workshop leader can share a run.
import { readChoice, readTextFields, writeTextFields } from '../../lab/formLink';
import { POLICY_OPTIONS } from '../../gil/modes';
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
  writeTextFields(query, form, TEXT_KEYS);
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
  readTextFields(query, form, TEXT_KEYS);
  form.strategy = readChoice(query, 'strategy', STRATEGIES) ?? form.strategy;
  form.order = readChoice(query, 'order', ORDERS) ?? form.order;
  if (query.has('skipEven')) form.skipEven = query.get('skipEven') === '1';
  if (query.get('mode') === 'threads') form.mode = 'threads';
  form.policy = readChoice(query, 'policy', POLICY_OPTIONS) ?? form.policy;
  return form;
}
