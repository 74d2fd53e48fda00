// The labs the app offers, in menu order. Each lab's page is loaded on its first visit; its
// meta (name, lesson, settings) is small and loaded with the app.
import { lazy, type ComponentType } from 'react';
import type { LabMeta } from '../lab/meta';
import type { LabPageProps } from '../lab/useLab';
import { gilLab } from './gil/meta';
import { ioLab } from './io/meta';
import { piLab } from './pi/meta';
import { primesLab } from './primes/meta';
import { queuesLab } from './queues/meta';

/**
 * A lab: its meta (name, lesson, settings schema and validation), its form and settings types left
 * open, since the app only passes a lab's own values back to it; and its page.
 */
export interface Lab extends LabMeta<any, any> {
  Page: ComponentType<LabPageProps>;
}

export const labs: readonly Lab[] = [
  { ...piLab, Page: lazy(() => import('./pi/PiPage')) },
  { ...primesLab, Page: lazy(() => import('./primes/PrimesPage')) },
  { ...gilLab, Page: lazy(() => import('./gil/GilPage')) },
  { ...ioLab, Page: lazy(() => import('./io/IoPage')) },
  { ...queuesLab, Page: lazy(() => import('./queues/QueuesPage')) },
];
