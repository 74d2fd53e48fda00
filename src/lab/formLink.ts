// A form's settings in a shared link: written for people to read, read back defensively.

/** Longest value read from a link: a link is typed or pasted, and may be anything. */
const MAX_VALUE_LENGTH = 200;

/** Writes the non-empty text fields under their keys. */
export function writeTextFields<K extends string>(query: URLSearchParams, form: Record<NoInfer<K>, string>, keys: Record<K, string>): void {
  for (const field of Object.keys(keys) as K[]) {
    const value = form[field].trim();
    if (value !== '') query.set(keys[field], value);
  }
}

/** Reads the text fields the link has onto `form`; the fields check them as typed text. */
export function readTextFields<K extends string>(query: URLSearchParams, form: Record<NoInfer<K>, string>, keys: Record<K, string>): void {
  for (const field of Object.keys(keys) as K[]) {
    const value = query.get(keys[field]);
    if (value !== null) form[field] = value.slice(0, MAX_VALUE_LENGTH);
  }
}

/** The link's value for `key` if it is one of `choices`; anything else is ignored. */
export function readChoice<T extends string>(query: URLSearchParams, key: string, choices: readonly { value: T }[]): T | undefined {
  return choices.find((choice) => choice.value === query.get(key))?.value;
}
