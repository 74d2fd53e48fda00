// The experiments the bench can drive. Each module knows its page's form and result:
//   id        the app's route (#/<id>)
//   fill(page, settings) sets the page's settings by label, from one case's settings
//   result(record)       the run's answer, from the exported run record
//   formatResult(result) that answer in a few words, for the table
//   cases(options)       the runs to time: [{ label, settings }], the first the speed-up baseline
//   caseFields(record)   optional: settings that tell one case's row from another's
//   summarise(runs, cases), formatTable(rows)  optional: rows and table of the experiment's own
import { gil } from './gil.mjs';
import { pi } from './pi.mjs';
import { primes } from './primes.mjs';

export const experiments = { pi, primes, gil };
