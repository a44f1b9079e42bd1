/**
 * The detail panel's editing as data (src-renderer/src/ui/detail/editModel.ts), the history in words
 * (historyWords.ts) and which key undoes what (ui/keys.ts: Ctrl+Z the data, Alt+Z the filter).
 */
import { describe, expect, it } from 'vitest';
import type { ActivityDetail, FacetCount, InitiativeDetail } from '../../src-shared/model';
import { activityChanges, activityForm, decodeValue, encodeValue, initiativeChanges, initiativeForm, pickerOptions } from '../../src-renderer/src/ui/detail/editModel';
import { fieldWords, groupWords, valueWords } from '../../src-renderer/src/ui/detail/historyWords';
import { changeKey, filterKey } from '../../src-renderer/src/ui/keys';
import { roundtripFieldLabel } from '../../src-renderer/src/import/roundtripFields';
import { translate, type MessageKey } from '../../src-renderer/src/i18n/translate';

const nl = (key: MessageKey, vars?: Record<string, string | number>) => translate('nl', key, vars);
const en = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

const ACTIVITY: ActivityDetail = {
  id: 7, name: 'Open lab', initiative: 'Lab', initiativeId: 3, scanId: 1, scan: 'Zeeland 2024', startYear: 2020, reach: 120, reachUnit: 'ondernemingen',
  values: { type: [{ code: 'faciliteiten', label: 'Faciliteiten' }], sector: [{ code: 'C', label: 'Industrie' }, { code: null, label: 'Zeevaart' }] },
  description: 'Sensoren', reachSource: 'kwantitatieve meting', reachUnitCode: 'ondernemingen', reachSourceCode: 'kwantitatief', website: null, providers: [], issues: [], extra: [],
};

describe('the activity form', () => {
  it('sends only what changed: one save, one change group of exactly the user\'s changes', () => {
    const before = activityForm(ACTIVITY);
    expect(before.values.sector).toEqual(['c:C', 'u:Zeevaart']);
    expect(activityChanges(before, before)).toEqual({});
    const after = { ...before, name: ' Open lab 2 ', reach: null, description: '   ', values: { ...before.values, sector: ['c:G', 'c:C', 'u:Zeevaart'], type: ['c:workshops'] } };
    expect(activityChanges(before, after)).toEqual({ name: 'Open lab 2', reach: null, description: null, values: { sector: ['G', 'C', { unmapped: 'Zeevaart' }], type: ['workshops'] } });
    // The same set in another order is no change; dropping the unmapped value is one.
    expect(activityChanges(before, { ...before, values: { ...before.values, sector: ['u:Zeevaart', 'c:C'] } })).toEqual({});
    expect(activityChanges(before, { ...before, values: { ...before.values, sector: ['c:C'] } })).toEqual({ values: { sector: ['C'] } });
    expect(activityChanges(before, { ...before, initiative: 4, reachSource: null })).toEqual({ initiative: 4, reachSource: null });
  });

  it('encodes codes and unmapped values apart, and offers codes with their labels', () => {
    expect(encodeValue({ code: 'C', label: 'Industrie' })).toBe('c:C');
    expect(decodeValue(encodeValue({ code: null, label: 'u:raar' }))).toEqual({ unmapped: 'u:raar' });
    const facet: FacetCount[] = [{ code: 'A', label: 'Landbouw', count: 0 }, { code: 'C', label: 'Industrie', count: 3 }, { code: null, label: 'Zeevaart', count: 1 }];
    expect(pickerOptions('sector', facet, ['c:C', 'c:X9', 'u:Zeevaart'])).toEqual([
      { value: 'c:A', label: 'A · Landbouw' },
      { value: 'c:C', label: 'C · Industrie' },
      { value: 'c:X9', label: 'X9' },
    ]);
  });

  it('organisations per role: a role whose names changed (case and spacing aside) is sent whole; extra fields set, cleared and added', () => {
    const a: ActivityDetail = {
      ...ACTIVITY,
      providers: [
        { organisation: 'HZ University', organisationType: null, roles: [{ code: 'uitvoerder', label: 'Uitvoerder' }, { code: 'initiatiefnemer', label: 'Initiatiefnemer' }] },
        { organisation: 'Partner X', organisationType: null, roles: [{ code: null, label: 'partner' }] },
      ],
      extra: [{ name: 'Kolom R', value: 'ja', initiative: false }, { name: 'Contact', value: 'Bram', initiative: true }],
    };
    const before = activityForm(a);
    expect(before.providers).toEqual({ initiatiefnemer: ['HZ University'], financier: [], uitvoerder: ['HZ University'], contact: [] });
    // Only the activity's own extra fields: its initiative's are edited on the initiative.
    expect(before.extras).toEqual([{ name: 'Kolom R', value: 'ja' }]);
    expect(activityChanges(before, { ...before, providers: { ...before.providers, uitvoerder: ['hz  university'] } })).toEqual({});
    expect(activityChanges(before, { ...before, providers: { ...before.providers, uitvoerder: ['HZ University', ' Gemeente Goes '], initiatiefnemer: [] } })).toEqual({
      providers: { initiatiefnemer: [], uitvoerder: ['HZ University', 'Gemeente Goes'] },
    });
    const extras = [{ name: 'Kolom R', value: '' }, { name: ' Telefoon ', value: '0118', added: true }, { name: '', value: 'zonder naam', added: true }];
    expect(activityChanges(before, { ...before, extras })).toEqual({ extras: { 'Kolom R': null, Telefoon: '0118' } });
    const i = { id: 3, name: 'Lab', scanId: 1, scan: 'Z', website: null, startYear: null, matching: 1, activities: 1, focus: 'none', description: null, homeRegion: null, activityList: [], extra: [{ name: 'Contact', value: 'Bram', initiative: true }] } satisfies InitiativeDetail;
    const form = initiativeForm(i);
    expect(initiativeChanges(form, { ...form, extras: [{ name: 'Contact', value: ' Iris ' }] })).toEqual({ extras: { Contact: 'Iris' } });
    expect(fieldWords('uitvoerder', nl, 'nl')).toBe('Uitvoerder (aanbieders)');
    expect(fieldWords('uitvoerder', en, 'en')).toBe('Implementer (providers)');
    // The round trip's preview names them the same way.
    expect(roundtripFieldLabel('financier', nl, 'nl')).toBe('Financier (aanbieders)');
    expect(roundtripFieldLabel('extra.Kolom R', nl, 'nl')).toBe('Extra veld Kolom R');
  });

  it('initiative: trims, clears empty text to null, leaves the rest', () => {
    const i = { id: 3, name: 'Lab', scanId: 1, scan: 'Z', website: 'https://lab.example', startYear: null, matching: 1, activities: 1, focus: 'none', description: null, homeRegion: null, activityList: [], extra: [] } satisfies InitiativeDetail;
    const before = initiativeForm(i);
    expect(initiativeChanges(before, { ...before, website: '', homeRegion: 'Walcheren', startYear: 2019 })).toEqual({ website: null, homeRegion: 'Walcheren', startYear: 2019 });
    expect(initiativeChanges(before, { ...before, description: '  ' })).toEqual({});
  });
});

describe('the history in words', () => {
  it('names fields and gives codes their labels', () => {
    expect(fieldWords('sector', nl, 'nl')).toBe('Sector');
    expect(fieldWords('bottleneck', en, 'en')).toBe('Bottlenecks');
    expect(fieldWords('name', nl, 'nl')).toBe('Naam');
    expect(fieldWords('initiative[12].website', nl, 'nl')).toBe('Initiatief · Website');
    expect(fieldWords('extra.Contact', nl, 'nl')).toBe('Extra veld Contact');
    expect(valueWords('sector', 'C, G, Zeevaart', 'nl')).toBe("C Industrie, G Groot- en detailhandel; reparatie van auto's, Zeevaart");
    expect(valueWords('bottleneck', '1, 6', 'nl')).toMatch(/^1 \S.*, 6 Interne kennis$/);
    expect(valueWords('type', 'workshops', 'nl')).toBe('Workshops & kennisevents');
    expect(valueWords('reachUnit', 'deelnemers', 'en')).toBe('participants');
    expect(valueWords('reach', 1200, 'nl')).toBe('1.200');
    expect(valueWords('name', null, 'nl')).toBe('—');
  });

  it('says what a change group was', () => {
    const g = (label: string | null, origin = 'edit') => groupWords({ group: 1, at: '', user: 'u', origin, label, changes: 1 }, nl);
    expect(g('activity 12')).toBe('activiteit 12 bewerkt');
    expect(g('merge Impuls into Lab')).toBe('Impuls samengevoegd met Lab');
    expect(g('add Hackathon')).toBe('Hackathon toegevoegd');
    expect(g(null, 'mapping')).toBe('mapping');
  });
});

describe('undo keys', () => {
  const press = (init: Partial<Parameters<typeof changeKey>[0]>) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', code: '', defaultPrevented: false, target: null, ...init });
  it('Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo the data; Alt+Z / Alt+Shift+Z the filter; never both', () => {
    expect(changeKey(press({ ctrlKey: true, key: 'z', code: 'KeyZ' }))).toBe('undo');
    expect(changeKey(press({ metaKey: true, shiftKey: true, key: 'Z', code: 'KeyZ' }))).toBe('redo');
    expect(changeKey(press({ ctrlKey: true, key: 'y', code: 'KeyY' }))).toBe('redo');
    expect(filterKey(press({ ctrlKey: true, key: 'z', code: 'KeyZ' }))).toBeNull();
    expect(filterKey(press({ altKey: true, key: 'Ω', code: 'KeyZ' }))).toBe('undo');
    expect(filterKey(press({ altKey: true, shiftKey: true, key: '¸', code: 'KeyZ' }))).toBe('redo');
    expect(changeKey(press({ altKey: true, key: 'Ω', code: 'KeyZ' }))).toBeNull();
    expect(changeKey(press({ ctrlKey: true, key: 'x', code: 'KeyX' }))).toBeNull();
    expect(changeKey(press({ ctrlKey: true, key: 'z', code: 'KeyZ', defaultPrevented: true }))).toBeNull();
    // Typing: the field's own undo.
    expect(changeKey(press({ ctrlKey: true, key: 'z', target: { tagName: 'INPUT', type: 'search' } }))).toBeNull();
    expect(changeKey(press({ ctrlKey: true, key: 'z', target: { tagName: 'TEXTAREA' } }))).toBeNull();
    expect(filterKey(press({ altKey: true, code: 'KeyZ', target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
    expect(changeKey(press({ ctrlKey: true, key: 'z', target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('undo');
  });
});
