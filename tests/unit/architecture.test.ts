/**
 * Issue 15's targets, measured by the same code `npm run arch` prints (scripts/arch/measure.ts), on
 * this tree; see docs/architecture.md.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/arch/measure';
import { REPO_ROOT } from '../../src-main/version';

const f = measure(REPO_ROOT);

describe('architecture figures (docs/architecture.md)', () => {
  it('lists the import → table → map trace, at most 20 files, every one existing', () => {
    expect(f.trace.missing).toEqual([]);
    expect(f.trace.files.length).toBeGreaterThan(10);
    expect(f.trace.files.length).toBeLessThanOrEqual(20);
  });

  it('prepares SQL only in repository files and src-main/db/, each table in one domain', () => {
    expect(f.prepareOutsideRepositories).toEqual([]);
    expect(f.tablesInSeveralDomains).toEqual({});
  });

  it('has no hand-written fetch effect, polling loop or import between screens in the renderer', () => {
    expect(f.fetchEffects).toEqual([]);
    expect(f.pollingLoops).toEqual([]);
    expect(f.screenImports).toEqual([]);
  });

  it('has one Filter type, inferred from its schema, and no cast at the contract boundary', () => {
    expect(f.filterTypeDefinitions).toHaveLength(1);
    expect(f.handWrittenFilterTypes).toEqual([]);
    expect(f.boundaryCasts).toEqual([]);
  });

  it('cites no document outside the repository', () => {
    expect(f.externalCitations).toEqual([]);
  });
});
