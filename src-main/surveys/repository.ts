/** The SQL on survey_file, survey_response and survey_answer: imported response workbooks and their answers. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface SurveyFileRow {
  id: number;
  file_name: string;
  round: string | null;
  imported_at: string;
  /** Responses written with the file, and those still there (a deleted scan takes its responses along). */
  responses: number;
  remaining: number;
}

export interface AnswerRow {
  response_id: number;
  activity_id: number;
  bottleneck: string;
  score: number | null;
}

const sql = statements({
  fileByHash: `SELECT f.id, f.file_name, f.round, f.imported_at, f.responses, (SELECT count(*) FROM survey_response r WHERE r.file_id = f.id) AS remaining
    FROM survey_file f WHERE f.sha256 = ?`,
  insertFile: 'INSERT INTO survey_file (sha256, file_name, round, responses, imported_at) VALUES (?, ?, ?, ?, ?)',
  deleteFile: 'DELETE FROM survey_file WHERE id = ?',
  insertResponse: 'INSERT INTO survey_response (file_id, activity_id, source_row, next_step) VALUES (?, ?, ?, ?)',
  insertAnswer: 'INSERT INTO survey_answer (response_id, bottleneck, score) VALUES (?, ?, ?)',
  answers: `SELECT r.id AS response_id, r.activity_id, a.bottleneck, a.score
    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey_file f ON f.id = r.file_id
    WHERE @round IS NULL OR f.round = @round ORDER BY r.id, a.bottleneck`,
  nextSteps: `SELECT r.activity_id, r.next_step FROM survey_response r JOIN survey_file f ON f.id = r.file_id
    WHERE r.next_step IS NOT NULL AND (@round IS NULL OR f.round = @round) ORDER BY r.id`,
  rounds: `SELECT f.round, count(DISTINCT f.id) AS files, count(r.id) AS responses
    FROM survey_file f LEFT JOIN survey_response r ON r.file_id = f.id GROUP BY f.round ORDER BY min(f.id)`,
});

export function surveyFileByHash(db: Db, sha256: string): SurveyFileRow | undefined {
  return sql(db).fileByHash.get(sha256) as SurveyFileRow | undefined;
}

export interface NewResponse {
  activityId: number;
  row: number;
  nextStep: string | null;
  answers: readonly { bottleneck: string; score: number | null }[];
}

/** Writes one file with its responses (the caller holds the transaction); its id. */
export function insertSurveyFile(db: Db, file: { sha256: string; fileName: string; round: string | null; at: string }, responses: readonly NewResponse[]): number {
  const s = sql(db);
  const fileId = Number(s.insertFile.run(file.sha256, file.fileName, file.round, responses.length, file.at).lastInsertRowid);
  for (const r of responses) {
    const responseId = Number(s.insertResponse.run(fileId, r.activityId, r.row, r.nextStep).lastInsertRowid);
    for (const a of r.answers) s.insertAnswer.run(responseId, a.bottleneck, a.score);
  }
  return fileId;
}

/** Removes a file with what is left of its responses (before it is imported again). */
export function deleteSurveyFile(db: Db, id: number): void {
  sql(db).deleteFile.run(id);
}

/** Every answer, of one round or of all. */
export function answerRows(db: Db, round: string | null): AnswerRow[] {
  return sql(db).answers.all({ round }) as AnswerRow[];
}

/** Every "Volgende stap" participants wrote, per activity, of one round or of all. */
export function nextStepRows(db: Db, round: string | null): { activity_id: number; next_step: string }[] {
  return sql(db).nextSteps.all({ round }) as { activity_id: number; next_step: string }[];
}

export function roundRows(db: Db): { round: string | null; files: number; responses: number }[] {
  return sql(db).rounds.all() as { round: string | null; files: number; responses: number }[];
}
