/**
 * Databases for the `.sqlite` export and merge tests: two scans with everything that hangs on them
 * (links between them, survey responses, an import report row, extra fields, an unmapped value, a
 * placed region, per-row history from edits), and each scan's content rendered by names — no ids —
 * so a scan can be compared across databases whose ids differ.
 */
import type { Db } from '../../src-main/db/open';
import { editActivity } from '../../src-main/edits';
import { history } from '../../src-main/history';
import { FIXTURE_SCAN, importFixture } from './history-fixture';

const ZEELAND_2025 = { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, year: 2025, title: 'Regioscan Zeeland 2025' } };

/** Two Zeeland scans (2024, 2025) linked, with survey answers and an edit each. */
export function fillSource(db: Db): { scans: [number, number] } {
  const a = importFixture(db);
  const b = importFixture(db, ZEELAND_2025, 'zeeland-2025.xlsx');
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(`INSERT INTO link (kind, from_initiative, to_initiative, status, score, reasons, decided_at) VALUES ('initiative', ?, ?, 'confirmed', 0.9, '[]', '2025-01-01')`, a.initiative.lab, b.initiative.lab);
  run(`INSERT INTO link (kind, from_initiative, to_initiative, from_activity, to_activity, status) VALUES ('activity', ?, ?, ?, ?, 'proposed')`, a.initiative.lab, b.initiative.lab, a.activity.lab, b.activity.lab);
  const file = Number(run(`INSERT INTO survey_file (sha256, file_name, round, responses, imported_at) VALUES ('abc', 'enquete.xlsx', 'achteraf', 1, '2025-02-01')`).lastInsertRowid);
  const response = Number(run(`INSERT INTO survey_response (file_id, activity_id, source_row, next_step) VALUES (?, ?, 2, 'Hub')`, file, b.activity.workshop).lastInsertRowid);
  run(`INSERT INTO survey_answer (response_id, bottleneck, score) VALUES (?, '1', 4), (?, '6', NULL)`, response, response);
  editActivity(db, a.activity.lab, ['name=Open lab (nieuw)', 'sector=C,J']);
  editActivity(db, b.activity.loket, ['reach=55']);
  return { scans: [a.scan, b.scan] };
}

const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);

/** A scan's content by names, in a stable order: what a merge must carry over unchanged. */
export function scanContent(db: Db, scan: number): Record<string, unknown> {
  const head = db.prepare('SELECT region, year, title, performed_by, source, notes, source_file, imported_at, is_sample FROM scan WHERE id = ?').get(scan);
  const activities = all(
    db,
    `SELECT i.name AS initiative, i.description AS initiativeDescription, i.website, a.name, a.description, a.start_year, a.reach, a.reach_unit, a.reach_source, a.source_sheet, a.source_row,
       (SELECT group_concat(x, ' ') FROM (SELECT v.dimension || ':' || coalesce(v.code, '~' || v.label_nl) || coalesce('<' || (SELECT p.code FROM dimension_value p WHERE p.id = v.parent_id), '') AS x
          FROM activity_value av JOIN dimension_value v ON v.id = av.value_id WHERE av.activity_id = a.id ORDER BY x)) AS codes,
       (SELECT group_concat(x, ' ') FROM (SELECT o.name || '/' || coalesce(o.type, '') || '/' || p.role AS x FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = a.id ORDER BY x)) AS providers,
       (SELECT group_concat(x, ' ') FROM (SELECT e.name || '=' || e.value || '@' || e.position AS x FROM activity_extra e WHERE e.activity_id = a.id ORDER BY x)) AS extra,
       (SELECT group_concat(x, ' ') FROM (SELECT e.name || '=' || e.value AS x FROM initiative_extra e WHERE e.initiative_id = i.id ORDER BY x)) AS initiativeExtra,
       (SELECT t.name || '|' || t.description || '|' || t.initiative || '|' || t.extra FROM activity_text t WHERE t.rowid = a.id) AS text
     FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.scan_id = ? ORDER BY i.name, a.name`,
    scan,
  );
  const issues = all(db, `SELECT severity, code, params, sheet, row, col, value, message, (SELECT name FROM activity WHERE id = activity_id) AS activity FROM import_issue WHERE scan_id = ? ORDER BY message, row`, scan);
  const links = all(
    db,
    `SELECT l.kind, fi.name AS fromInit, ti.name AS toInit, fa.name AS fromAct, ta.name AS toAct, l.status, l.score, l.reasons, l.decided_at
     FROM link l JOIN initiative fi ON fi.id = l.from_initiative JOIN initiative ti ON ti.id = l.to_initiative
     LEFT JOIN activity fa ON fa.id = l.from_activity LEFT JOIN activity ta ON ta.id = l.to_activity
     WHERE fi.scan_id = ? OR ti.scan_id = ? ORDER BY 1, 2, 3, 4`,
    scan,
    scan,
  );
  const answers = all(
    db,
    `SELECT f.sha256, f.file_name, f.round, a.name AS activity, r.source_row, r.next_step, s.bottleneck, s.score FROM survey_answer s
     JOIN survey_response r ON r.id = s.response_id JOIN survey_file f ON f.id = r.file_id JOIN activity a ON a.id = r.activity_id
     WHERE a.scan_id = ? ORDER BY a.name, s.bottleneck`,
    scan,
  );
  const changes = history(db, { scan }).map(({ at, user, origin, field, old, new: now }) => ({ at, user, origin, field, old, new: now }));
  return { head, activities, issues, links, answers, changes };
}
