/**
 * The SQL the change history's triggers (src-main/history/triggers-repository.ts) need on the
 * activities' tables: how a row's field reads for people (an initiative by name, a value set as
 * codes, the organisations of a provider role as names), which scan a row belongs to, and the statements that
 * keep the search text (activity_text) in step with an edit. Fragments of trigger bodies, with
 * `new`/`old` as the row; nothing here runs on its own.
 */
type Ref = 'new' | 'old';

export const initiativeName = (r: Ref) => `(SELECT name FROM initiative WHERE id = ${r}.initiative_id)`;
export const parentValue = (r: Ref) => `(SELECT coalesce(code, label_nl) FROM dimension_value WHERE id = ${r}.parent_id)`;
export const valueDimension = (r: Ref) => `(SELECT dimension FROM dimension_value WHERE id = ${r}.value_id)`;

/**
 * An activity's values of one dimension as people read them: codes (an unmapped value as written),
 * in codebook order, joined as the CLI prints them; without one value id and/or with one more.
 */
export function valueSet(activity: string, dimension: string, without: string | null, plus: string | null): string {
  const own = `dv.id IN (SELECT value_id FROM activity_value WHERE activity_id = ${activity}${without ? ` AND value_id <> ${without}` : ''})`;
  return `(SELECT group_concat(coalesce(dv.code, dv.label_nl), ', ' ORDER BY dv.kind = 'unmapped', dv.sort, dv.label_nl) FROM dimension_value dv
      WHERE dv.dimension = ${dimension} AND (${own}${plus ? ` OR dv.id = ${plus}` : ''}))`;
}

/**
 * The key a provider's history row has: its role as --set names it (the role code, or the text of a
 * role the codebook lacks), `organisation` for a provider without a role.
 */
export const providerField = (r: Ref) => `CASE WHEN ${r}.role = '' THEN 'organisation' ELSE ${r}.role END`;

/** An activity's organisations in one role as people read them and --set writes them: names in name order, joined by `; `. */
export function providerSet(r: Ref, without: Ref | null, plus: Ref | null): string {
  const others = without ? ` AND organisation_id <> ${without}.organisation_id` : '';
  const extra = plus ? ` UNION ALL SELECT ${plus}.organisation_id` : '';
  return `(SELECT group_concat(o.name, '; ' ORDER BY o.name COLLATE NOCASE)
      FROM (SELECT organisation_id FROM provider WHERE activity_id = ${r}.activity_id AND role = ${r}.role${others}${extra}) p JOIN organisation o ON o.id = p.organisation_id)`;
}

export const activityScan = (r: Ref) => `(SELECT scan_id FROM activity WHERE id = ${r}.activity_id)`;
export const initiativeScan = (r: Ref) => `(SELECT scan_id FROM initiative WHERE id = ${r}.initiative_id)`;

/**
 * activity_text as the import writes it: name, description, the initiative's name and description,
 * and the extra fields (the activity's, in column order, then the initiative's), one per line.
 */
function extraText(activity: string, initiative: string): string {
  return `concat_ws(char(10),
      (SELECT group_concat(value, char(10) ORDER BY position) FROM activity_extra WHERE activity_id = ${activity} AND value <> ''),
      (SELECT nullif(group_concat(value, char(10) ORDER BY position), '') FROM initiative_extra WHERE initiative_id = ${initiative}))`;
}

/** The triggers that keep activity_text as the import writes it, while a change group is open. */
export function searchTextTriggers(): { name: string; event: string; table: string; body: string[] }[] {
  const text = (a: string) => `UPDATE activity_text SET extra = ${extraText(`${a}.activity_id`, `(SELECT initiative_id FROM activity WHERE id = ${a}.activity_id)`)} WHERE rowid = ${a}.activity_id;`;
  const initiativeText = (i: string) =>
    `UPDATE activity_text SET extra = ${extraText('activity_text.rowid', `${i}.initiative_id`)} WHERE rowid IN (SELECT id FROM activity WHERE initiative_id = ${i}.initiative_id);`;
  return [
    { name: 'activity_search_insert', event: 'INSERT', table: 'activity', body: [
      `INSERT INTO activity_text (rowid, name, description, initiative, initiative_description, extra)
    SELECT new.id, new.name, coalesce(new.description, ''), i.name, coalesce(i.description, ''), ${extraText('new.id', 'i.id')} FROM initiative i WHERE i.id = new.initiative_id;`,
    ] },
    { name: 'activity_search_update', event: 'UPDATE OF name, description, initiative_id', table: 'activity', body: [
      `UPDATE activity_text SET name = new.name, description = coalesce(new.description, ''),
    initiative = (SELECT name FROM initiative WHERE id = new.initiative_id),
    initiative_description = (SELECT coalesce(description, '') FROM initiative WHERE id = new.initiative_id),
    extra = CASE WHEN old.initiative_id IS new.initiative_id THEN extra ELSE ${extraText('new.id', 'new.initiative_id')} END
    WHERE rowid = new.id;`,
    ] },
    { name: 'initiative_search_update', event: 'UPDATE OF name, description', table: 'initiative', body: [
      `UPDATE activity_text SET initiative = new.name, initiative_description = coalesce(new.description, '') WHERE rowid IN (SELECT id FROM activity WHERE initiative_id = new.id);`,
    ] },
    { name: 'activity_extra_search_insert', event: 'INSERT', table: 'activity_extra', body: [text('new')] },
    { name: 'activity_extra_search_update', event: 'UPDATE', table: 'activity_extra', body: [text('new')] },
    { name: 'activity_extra_search_delete', event: 'DELETE', table: 'activity_extra', body: [text('old')] },
    { name: 'initiative_extra_search_insert', event: 'INSERT', table: 'initiative_extra', body: [initiativeText('new')] },
    { name: 'initiative_extra_search_update', event: 'UPDATE', table: 'initiative_extra', body: [initiativeText('new')] },
    { name: 'initiative_extra_search_delete', event: 'DELETE', table: 'initiative_extra', body: [initiativeText('old')] },
  ];
}


/** The scan of the initiative whose id `id` holds (a link's end: src-main/history/triggers-repository.ts). */
export const scanOfInitiative = (id: string) => `(SELECT scan_id FROM initiative WHERE id = ${id})`;
