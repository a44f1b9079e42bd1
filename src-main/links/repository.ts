/**
 * The SQL on the `link` table (migration 5): the user's decisions on links between two scans'
 * initiatives and activities (confirmed or rejected), with the score and evidence they saw.
 * A link is one pair whichever way round it was decided: writing a pair replaces the pair either way.
 */
import { linkReasonSchema, type LinkKind, type LinkReason, type LinkStatus } from '../../src-shared/links';
import { linkStatusSchema } from '../../src-shared/links';
import type { Db } from '../db/open';
import { idList, statements } from '../db/statements';

const IDS = 'SELECT value FROM json_each(?)';
const COLUMNS = 'kind, from_initiative, to_initiative, from_activity, to_activity, status, score, reasons, decided_at';

const sql = statements({
  between: `SELECT ${COLUMNS} FROM link
    WHERE (from_initiative IN (${IDS}) AND to_initiative IN (${IDS})) OR (from_initiative IN (${IDS}) AND to_initiative IN (${IDS}))`,
  deleteInitiativePair: `DELETE FROM link WHERE kind = 'initiative' AND ((from_initiative = ? AND to_initiative = ?) OR (from_initiative = ? AND to_initiative = ?))`,
  deleteActivityPair: `DELETE FROM link WHERE kind = 'activity' AND ((from_activity = ? AND to_activity = ?) OR (from_activity = ? AND to_activity = ?))`,
  insert: `INSERT INTO link (${COLUMNS}) VALUES (@kind, @fromInitiative, @toInitiative, @fromActivity, @toActivity, @status, @score, @reasons, @decidedAt)`,
  count: { sql: 'SELECT count(*) FROM link', mode: 'pluck' },
});

export interface StoredLink {
  kind: LinkKind;
  fromInitiative: number;
  toInitiative: number;
  fromActivity: number | null;
  toActivity: number | null;
  status: LinkStatus;
  score: number | null;
  reasons: LinkReason[];
  decidedAt: string | null;
}

interface LinkRow {
  kind: string;
  from_initiative: number;
  to_initiative: number;
  from_activity: number | null;
  to_activity: number | null;
  status: string;
  score: number | null;
  reasons: string;
  decided_at: string | null;
}

function stored(row: LinkRow): StoredLink {
  const reasons = linkReasonSchema.array().safeParse(JSON.parse(row.reasons));
  return {
    kind: row.kind === 'activity' ? 'activity' : 'initiative',
    fromInitiative: row.from_initiative,
    toInitiative: row.to_initiative,
    fromActivity: row.from_activity,
    toActivity: row.to_activity,
    status: linkStatusSchema.parse(row.status),
    score: row.score,
    reasons: reasons.success ? reasons.data : [],
    decidedAt: row.decided_at,
  };
}

/**
 * Stored links between initiatives of `from` and initiatives of `to` (either way round), turned so
 * that `fromInitiative` is in `from` (an activity link's activities turned with them).
 */
export function linksBetween(db: Db, from: readonly number[], to: readonly number[]): StoredLink[] {
  const a = idList(from);
  const b = idList(to);
  const fromSet = new Set(from);
  return (sql(db).between.all(a, b, b, a) as LinkRow[]).map(stored).map((l) =>
    fromSet.has(l.fromInitiative) ? l : { ...l, fromInitiative: l.toInitiative, toInitiative: l.fromInitiative, fromActivity: l.toActivity, toActivity: l.fromActivity },
  );
}

/** Stores a decision on a pair, replacing whatever was stored for the pair (either way round). */
export function saveLink(db: Db, link: StoredLink): void {
  db.transaction(() => {
    if (link.kind === 'initiative') sql(db).deleteInitiativePair.run(link.fromInitiative, link.toInitiative, link.toInitiative, link.fromInitiative);
    else sql(db).deleteActivityPair.run(link.fromActivity, link.toActivity, link.toActivity, link.fromActivity);
    sql(db).insert.run({ ...link, reasons: JSON.stringify(link.reasons) });
  })();
}

export function linkCount(db: Db): number {
  return sql(db).count.get() as number;
}
