import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, BOTTLENECKS, DIMENSION_KEYS, DIMENSIONS, FORMS, RATIONALES, SECTORS, dimension, foldKey, resolveDimension } from '../../src-shared/codebook';

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
  });

  it('folds text for matching', () => {
    expect(foldKey('  Coördinatie-gebreken ')).toBe('coordinatiegebreken');
    expect(foldKey('Financiën')).toBe(foldKey('financien'));
    expect(dimension('bottleneck').groups?.map((g) => g.nl)).toEqual(['Weten', 'Willen', 'Kunnen']);
  });
});
