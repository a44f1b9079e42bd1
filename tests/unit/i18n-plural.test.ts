/** Counts read as a person writes them: "1 melding", "2 meldingen"; "1 message", "2 messages". */
import { describe, expect, it } from 'vitest';
import { counted } from '../../src-shared/plural';
import { DICTIONARIES, interpolate, LANGUAGES, plural, translate, type MessageKey } from '../../src-renderer/src/i18n/translate';

const PLURAL_NOUNS = {
  nl: ['activiteiten', 'initiatieven', 'meldingen', 'paren', 'kandidaat-paren', 'activiteitenparen', 'verbindingen', 'combinaties', 'organisaties', 'scans', 'waarden', 'fouten', 'back-ups', 'sectoren', 'aanbieders'],
  en: ['activities', 'initiatives', 'messages', 'pairs', 'activity pairs', 'candidate pairs', 'connections', 'combinations', 'organisations', 'scans', 'values', 'errors', 'backups', 'sectors', 'providers', 'percentage points'],
};
const SINGULAR_NOUNS = {
  nl: ['activiteit', 'initiatief', 'melding', 'paar', 'verbinding', 'combinatie', 'organisatie'],
  en: ['activity', 'initiative', 'message', 'pair', 'connection', 'combination', 'organisation', 'percentage point'],
};

/** Every placeholder name of a message, plain (`{n}`) or plural (`{n, plural, …}`). */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]!))];
}

function renderAll(lang: 'nl' | 'en', key: MessageKey, n: number): string {
  const template = DICTIONARIES[lang][key];
  return translate(lang, key, Object.fromEntries(placeholders(template).map((name) => [name, n])));
}

describe('plural()', () => {
  it('picks one for exactly one and other for everything else, in both languages', () => {
    for (const lang of LANGUAGES) {
      expect(plural(1, { one: 'a', other: 'b' }, lang)).toBe('a');
      for (const n of [0, 2, 5, 21, 1000, 1.5]) expect(plural(n, { one: 'a', other: 'b' }, lang)).toBe('b');
    }
  });
});

describe('counted() on the command line', () => {
  it('writes the digits and the noun that agrees with them', () => {
    expect(counted(1, 'activity', 'activities')).toBe('1 activity');
    expect(counted(0, 'activity', 'activities')).toBe('0 activities');
    expect(counted(60000, 'activity', 'activities')).toBe('60000 activities');
  });
});

describe('plural placeholders', () => {
  const template = '{count, plural, one {# melding} other {# meldingen}} in {file}';
  it('write the form for the number and the number itself, formatted for the language', () => {
    expect(interpolate(template, { count: 1, file: 'x.xlsx' }, 'nl')).toBe('1 melding in x.xlsx');
    expect(interpolate(template, { count: 0, file: 'x.xlsx' }, 'nl')).toBe('0 meldingen in x.xlsx');
    expect(interpolate(template, { count: 1234, file: 'x' }, 'nl')).toBe('1.234 meldingen in x');
    expect(interpolate('{n, plural, one {# pair} other {# pairs}}', { n: 1234 }, 'en')).toBe('1,234 pairs');
  });

  it('read a number handed over as text without mistaking 1.000 for one', () => {
    expect(interpolate(template, { count: '1.000', file: 'x' }, 'nl')).toBe('1.000 meldingen in x');
    expect(interpolate(template, { count: '1', file: 'x' }, 'nl')).toBe('1 melding in x');
  });

  it('leave a placeholder without its value as it is', () => {
    expect(interpolate(template, { file: 'x' }, 'nl')).toBe('{count, plural, one {# melding} other {# meldingen}} in x');
  });
});

describe('every message with a count', () => {
  for (const lang of LANGUAGES) {
    it(`agrees with its number in ${lang === 'nl' ? 'Dutch' : 'English'} (1 and 2 of everything)`, () => {
      const wrong: string[] = [];
      const plurals = new RegExp(`(^|[^\\d.,])1 (${PLURAL_NOUNS[lang].join('|')})\\b`);
      const singulars = new RegExp(`(^|[^\\d.,])2 (${SINGULAR_NOUNS[lang].join('|')})\\b(?![-\\w]| pairs?\\b)`);
      for (const key of Object.keys(DICTIONARIES[lang]) as MessageKey[]) {
        const one = renderAll(lang, key, 1);
        const two = renderAll(lang, key, 2);
        if (plurals.test(one)) wrong.push(`${key} with 1: ${one}`);
        if (singulars.test(two)) wrong.push(`${key} with 2: ${two}`);
        if (/plural,/.test(one)) wrong.push(`${key}: plural syntax left in "${one}"`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('uses the same placeholders in both languages', () => {
    const differ = (Object.keys(DICTIONARIES.nl) as MessageKey[]).filter((key) => placeholders(DICTIONARIES.nl[key]).sort().join() !== placeholders(DICTIONARIES.en[key]).sort().join());
    expect(differ).toEqual([]);
  });
});
