import { describe, expect, it } from 'vitest';
import { readChoice, readTextFields, writeTextFields } from './formLink';

const keys = { samples: 'n', seed: 'seed' };

describe('a form in a link', () => {
  it('writes the non-empty text fields, trimmed, under their keys', () => {
    const query = new URLSearchParams();
    writeTextFields(query, { samples: ' 1e8 ', seed: '' }, keys);
    expect(query.toString()).toBe('n=1e8');
  });

  it('reads back only the fields the link has, cut to 200 characters', () => {
    const form = { samples: '5', seed: '7' };
    readTextFields(new URLSearchParams(`n=${'9'.repeat(300)}`), form, keys);
    expect(form).toEqual({ samples: '9'.repeat(200), seed: '7' });
  });

  it('accepts a choice only among the allowed values', () => {
    const choices = [{ value: 'old' }, { value: 'new' }] as const;
    expect(readChoice(new URLSearchParams('policy=old'), 'policy', choices)).toBe('old');
    expect(readChoice(new URLSearchParams('policy=fast'), 'policy', choices)).toBeUndefined();
    expect(readChoice(new URLSearchParams(''), 'policy', choices)).toBeUndefined();
  });
});
