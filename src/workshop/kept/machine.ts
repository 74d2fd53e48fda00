// How a kept run is named wherever runs are compared: the machine it ran on, and when.
import type { RunEnvironment } from '../../platform';

const BROWSERS: [RegExp, string][] = [
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Headless)?Chrome\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari/, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 131 on Linux", from a user agent string; what cannot be read is left out. */
export function browserName(userAgent: string): string {
  const browser = BROWSERS.map(([pattern, name]) => [pattern.exec(userAgent), name] as const).find(([match]) => match);
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const named = browser ? `${browser[1]} ${browser[0]![1]}` : 'a browser';
  return system ? `${named} on ${system}` : named;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "3 Dec, 14:05:09": to the second, so that runs of one sitting are told apart. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/** "4 cores, Chrome 131 on Linux". */
export function machineName(environment: RunEnvironment): string {
  const cores = environment.logicalCores;
  return `${cores} ${cores === 1 ? 'core' : 'cores'}, ${browserName(environment.userAgent)}`;
}

/** "4 cores, Chrome 131 on Linux, 3 Dec, 14:05": a run as the charts and tables label it. */
export function runLabel(environment: RunEnvironment): string {
  return `${machineName(environment)}, ${formatWhen(environment.startedAt)}`;
}
