/** The copied referral list as text (pure, unit-tested): the heading, then per initiative "name — website" and its next doors. */
import type { InitiativeRow } from '../../../src-shared/model';

export function initiativesText(heading: string, rows: readonly InitiativeRow[], nextDoors?: { label: string; of: ReadonlyMap<number, readonly string[]> }): string {
  return [
    heading,
    ...rows.flatMap((r) => {
      const line = r.website ? `${r.name} — ${r.website}` : r.name;
      const next = nextDoors?.of.get(r.id) ?? [];
      return next.length > 0 ? [line, `  ${nextDoors!.label}: ${next.join(', ')}`] : [line];
    }),
  ].join('\n');
}
