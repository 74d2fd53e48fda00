// @ts-check
// The experiments the bench can drive. pi and primes are timed per case (a worker count, a
// kernel; for primes also a chunk size) against the bare reference page; gil, io and queues
// measure their lab's comparisons on their own (`measure` and `format`: see gil.mjs, io.mjs,
// queues.mjs).
/** @import { ExportedRun } from '../../../src/runs/exportFormat.ts' */
/** @import { ReferenceSpec } from '../reference/reference.ts' */
/** @import { Options } from '../options.mjs' */
import { gil } from './gil.mjs';
import { io } from './io.mjs';
import { pi } from './pi.mjs';
import { primes } from './primes.mjs';
import { queues } from './queues.mjs';

/**
 * @typedef {object} Case
 * @property {string} key the case apart from its kernel: rows of one key compare the kernels
 * @property {string} label
 * @property {string} kernel
 * @property {Record<string, string | number>} link the lab's settings, by their link keys
 * @property {boolean} reference whether the reference page runs it too (not the main thread)
 */

/**
 * @typedef {object} SpeedupExperiment
 * @property {'pi' | 'primes'} id the lab's route (#/<id>)
 * @property {readonly string[]} kernels
 * @property {(options: Options) => Case[]} cases the runs to time, each worker count's first
 * @property {(run: ExportedRun, wanted: Case) => string[]} notApplied settings of the link the run did not use
 * @property {(run: ExportedRun) => Record<string, number>} result the run's answer (the reference's has the same keys)
 * @property {(result: Record<string, number>) => string} formatResult that answer in a few words
 * @property {(run: ExportedRun) => ReferenceSpec} referenceSpec the run's job, for the reference page
 * @property {(run: ExportedRun) => Record<string, string | number | boolean | null>} [caseFields] what tells one case's row from another's
 */

/**
 * @template {{ rows: unknown[] }} Report
 * @typedef {object} MeasuredExperiment an experiment that is not a speed-up
 * @property {string} id the lab's route (#/<id>)
 * @property {readonly string[]} kernels none: --kernel is refused
 * @property {(session: import('../app.mjs').Session, options: Options, log: (message: string) => void) => Promise<Report>} measure
 * @property {(report: Report) => string} format the tables, for the terminal
 */

export const experiments = { pi, primes, gil, io, queues };
