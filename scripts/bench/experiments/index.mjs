// The experiments the bench can drive. Each module knows its page's form and result:
//   id        the app's route (#/<id>)
//   fill(page, {samples, workers, seed, mode})  sets the page's settings by label
//   result(record)       the run's answer, from the exported run record
//   formatResult(result) that answer in a few words, for the table
// Add `primes` and `gil` here as their pages appear.
import { pi } from './pi.mjs';

export const experiments = { pi };
