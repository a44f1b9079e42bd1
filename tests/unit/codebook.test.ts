import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, BOTTLENECKS, DIMENSION_KEYS, DIMENSIONS, FORMS, KNOWN_REGIONS, RATIONALES, SECTORS, dimension, foldKey, resolveDimension } from '../../src-shared/codebook';
import { codebookFile } from '../../src-shared/codebook/codebook-file';
import file from '../../src-shared/codebook/codebook.json';
import { acceptsChanged } from '../helpers/data-file';

describe('codebook', () => {
  it('has every dimension key once, in the documented order', () => {
    expect(DIMENSIONS.map((d) => d.key)).toEqual([...DIMENSION_KEYS]);
  });

  it('holds the method’s value lists with stable codes', () => {
    expect(SECTORS.map((s) => s.code)).toEqual([...'ABCDEFGHIJKLMNOPQRSTU'.split(''), 'geen']);
    expect(BOTTLENECKS.map((b) => b.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(RATIONALES.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(FORMS.map((f) => f.nl)).toEqual(['Harde infrastructuur', 'Zachte infrastructuur', 'Data', 'Intelligentie', 'Diensten', 'Interface', 'Niet-gespecificeerd']);
    expect(ACTIVITY_TYPES).toHaveLength(12);
    expect(ACTIVITY_TYPES.map((t) => t.nl)).toContain('Netwerken & coördineren');
    expect(SECTORS.find((s) => s.code === 'geen')).toMatchObject({ nl: 'Geen specifieke sector', en: 'No specific sector', generic: true });
  });

  it('groups knelpunten into weten / willen / kunnen and rationales into three levels', () => {
    const group = (g: string) => BOTTLENECKS.filter((b) => b.group === g).map((b) => b.code);
    expect(group('weten')).toEqual(['1', '2']);
    expect(group('willen')).toEqual(['3', '4']);
    expect(group('kunnen')).toEqual(['5', '6', '7', '8', '9', '10']);
    expect(RATIONALES.filter((r) => r.group === 'systeem').map((r) => r.code)).toEqual(['4', '5', '6', '7']);
  });

  it('marks exactly one generic value in every multi-valued closed dimension', () => {
    for (const d of DIMENSIONS.filter((x) => x.multi && x.kind === 'closed' && x.key !== 'bottleneck' && x.key !== 'rationale' && x.key !== 'role')) {
      expect(d.values.filter((v) => v.generic), d.key).toHaveLength(1);
    }
  });

  it('resolves keys, Dutch and English header names whatever the case, accents and punctuation', () => {
    const cases: [string, string][] = [
      ['type', 'type'], ['Type activiteit', 'type'], ['TYPE-ACTIVITEIT', 'type'], ['Activity type', 'type'],
      ['Geografie', 'geography'], ['Region', 'geography'], ['Digitaliseringsvorm', 'form'], ['Digitalisation form', 'form'],
      ['Knelpunten', 'bottleneck'], ['Bottlenecks', 'bottleneck'], ['Beleidsrationale', 'rationale'], ['Market failure', 'rationale'],
      ['Policy rationale', 'rationale'], ['Omvang', 'size'], ['Phase', 'phase'], ['Stage', 'phase'], ['Maturiteit', 'maturity'],
      ['Doel', 'goal'], ['Toepassing', 'application'], ['Technologie', 'technology'], ['Technologieën', 'technology'],
      ['Organisatie', 'organisation'], ['Rol', 'role'], ['Inspanning', 'effort'], ['Effort', 'effort'], ['scan', 'scan'],
    ];
    for (const [input, key] of cases) expect(resolveDimension(input), input).toBe(key);
    expect(resolveDimension('Kleur')).toBeUndefined();
    // The import report names a dimension by its Dutch name; the mapping step and Te koppelen read it back so.
    for (const d of DIMENSIONS) expect(resolveDimension(d.nl), d.nl).toBe(d.key);
  });

  it('folds text for matching', () => {
    expect(foldKey('  Coördinatie-gebreken ')).toBe('coordinatiegebreken');
    expect(foldKey('Financiën')).toBe(foldKey('financien'));
    expect(dimension('bottleneck').groups?.map((g) => g.nl)).toEqual(['Weten', 'Willen', 'Kunnen']);
  });

  it('checks codebook.json when it loads: a slip in the file is refused, not shown', () => {
    const changed = (change: (f: typeof file) => unknown) => acceptsChanged(codebookFile, file, change);
    expect(codebookFile.safeParse(file).success).toBe(true);
    const sector = (f: typeof file) => f.dimensions[1]!.values;
    expect(changed((f) => (sector(f)[1]!.code = 'A'))).toBe(false); // a code twice
    expect(changed((f) => Object.assign(f.dimensions[10]!.values[1]!, { group: 'wetenn' }))).toBe(false); // a knelpunt in no group
    expect(changed((f) => Object.assign(f.dimensions[5]!.values[1]!, { parent: 'nedrland' }))).toBe(false); // a geography under no parent
    expect(changed((f) => f.dimensions.splice(3, 1))).toBe(false); // a dimension left out
    expect(changed((f) => ([f.dimensions[0], f.dimensions[1]] = [f.dimensions[1]!, f.dimensions[0]!]))).toBe(false); // out of order
    expect(changed((f) => Object.assign(sector(f)[0]!, { label: 'x' }))).toBe(false); // a field no code reads
    expect(changed((f) => (f.typeReachEffort.signaleren.effort = 'heel laag'))).toBe(false);
    expect(changed((f) => delete (f.typeReachEffort as Record<string, unknown>).scans)).toBe(false);
    expect(changed((f) => (f.dimensions[12]!.values = [...sector(f)]))).toBe(false); // organisation is an entity dimension
  });

  it('knows the 40 COROP areas and the landstreken, each in a province of the codebook', () => {
    const provinces = new Set(dimension('geography').values.filter((g) => g.parent && g.code.startsWith('provincie-')).map((g) => g.code));
    expect(KNOWN_REGIONS.filter((r) => r.corop).map((r) => r.corop)).toEqual(Array.from({ length: 40 }, (_, i) => `CR${String(i + 1).padStart(2, '0')}`));
    for (const r of KNOWN_REGIONS) expect(provinces.has(r.province), r.name).toBe(true);
    expect(KNOWN_REGIONS.find((r) => r.name === 'Zeeuwsch-Vlaanderen')).toMatchObject({ corop: 'CR31', province: 'provincie-zeeland', aliases: ['Zeeuws-Vlaanderen'] });
  });
});
