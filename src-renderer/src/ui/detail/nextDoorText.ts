/**
 * Volgende deur as a referral text to paste into a message to the entrepreneur: one heading line,
 * then one line per next door ("Initiative: activity — reason"). Pure, unit-tested.
 */
import type { NextDoorResult } from '../../../../src-shared/surveys-model';

export function nextDoorText(heading: string, result: Pick<NextDoorResult, 'suggestions'>): string {
  return [heading, ...result.suggestions.map((s) => `- ${s.initiative}: ${s.activity} — ${s.reason}`)].join('\n');
}
