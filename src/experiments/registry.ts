// The experiments the app offers, in menu order. Each page is loaded on first visit.
import { lazy, type ComponentType } from 'react';

export interface ExperimentPageProps {
  /** The page's settings from the link, e.g. "samples=1e8&workers=4". */
  query: URLSearchParams;
  /** Called with the page's current settings, to keep the link shareable. */
  onQueryChange(query: URLSearchParams): void;
}

export interface Experiment {
  id: string;
  title: string;
  summary: string;
  Page: ComponentType<ExperimentPageProps>;
}

export const experiments: readonly Experiment[] = [
  {
    id: 'pi',
    title: 'Monte Carlo pi',
    summary: 'Split a dart-throwing estimate of pi across workers and measure the speed-up.',
    Page: lazy(() => import('./pi/PiPage')),
  },
  {
    id: 'primes',
    title: 'Prime search',
    summary: 'Check a range of numbers for primes across workers: chunk size, order and load balancing.',
    Page: lazy(() => import('./primes/PrimesPage')),
  },
  {
    id: 'gil',
    title: 'The GIL',
    summary: 'Simulated Python threads contend for one lock: see why CPU-bound threads do not speed up, and when they do.',
    Page: lazy(() => import('./gil/GilPage')),
  },
];
