/**
 * The CLI's usage text, kept in one place: `regioscan --help` lists every command from here, and
 * `regioscan <command> --help` prints that command's own entry with the options it shares.
 */

interface CommandUsage {
  /** The command line, wrapped lines indented to line up under the command. */
  synopsis: string;
  /** What it does, indented as in the overall list. */
  summary: string;
  /** Takes --scan, --where, --text and --filter. */
  filters?: true;
}

export const COMMAND_USAGE = {
  import: {
    synopsis: `import FILE [--region NAME] [--year N] [--replace|--keep-both] [--dry-run] [--json]
[--map-column "HEADER=TARGET"]... [--map-value "DIM:VALUE=CODE"]... [--place "NAME=PARENT"]...
import FILE --update [--delete-missing] [--scan ID] [--json]`,
    summary: `Import a workbook (.xlsx, .xls, .ods, .csv). Exit 0 imported (also when some
rows had errors), 2 file refused (nothing changed), 1 usage error.
Region and year come from --region/--year, else a title row ("Regioscan
Zeeland 2024"), else the Scan sheet, else the file name.
The mapping step, as in the app's preview:
--map-column reads a column as TARGET: a header the importer knows
(Omschrijving, Sector, Financier…), a dimension key (sector, geography…)
or 'extra' (kept as an extra field; what unknown and headerless columns
such as "Kolom R" get by default)
--map-value reads a cell value of dimension DIM as a code (code or label)
--place puts a new geography name under a parent (code or label); known
COROP areas and landstreken get their province by default
--update applies an edited export (the round trip; see 'regioscan diff'):
one change group, origin roundtrip, after a backup; rows missing from the
file are deleted only with --delete-missing; a file without IDs merges
into --scan ID.
A Regioscan database (.sqlite, from 'export --out FILE.sqlite' or any
database the app made) is merged instead: every scan it holds is added,
or replaces the scan of the same region and year with --replace (or
--keep-both keeps both); the file is checked first and refused whole
when it is damaged, newer or not Regioscan's (docs/database-merge.md)`,
  },
  scans: { synopsis: 'scans [--json]', summary: 'List the scans in the database' },
  facets: {
    synopsis: 'facets [filter options] [--json]',
    summary: `Count activities per value of every dimension (a dimension's own
condition does not narrow its own counts)`,
    filters: true,
  },
  list: {
    synopsis: 'list [filter options] [--sort KEY] [--json]',
    summary: `The matching activities (JSON: every dimension as codes, the description,
and "extra": the columns the importer kept as extra fields)`,
    filters: true,
  },
  export: {
    synopsis: `export --out FILE.xlsx|FILE.csv [--separator ;|,] [--english] [--columns KEY,KEY] [--all-columns] [filter options]
export --scan ID [--scan ID]... --out FILE.sqlite`,
    summary: `The matching activities for a meeting (sheets Activiteiten,
Initiatieven, Filter; CSV: UTF-8 with BOM). --columns picks columns by key
(id, activity and type always come along); columns no activity fills are
left out and named, unless --all-columns. --out FILE.sqlite writes the
chosen scans as a Regioscan database to send, with their history, links,
survey responses and import reports ('import FILE.sqlite' merges it)`,
    filters: true,
  },
  graph: {
    synopsis: 'graph [--edges sector|generic|providers|learn]... [--lens A|B|C] [--role ROLE] [--min-weight N] [--top-per-node N|all] [filter options] [--json]',
    summary: `The Ecosysteemkaart: initiatives with their focus, region, scan, dominant
activity type and cluster, and their edges; each initiative keeps its 3
strongest lines per kind unless --top-per-node says otherwise (all: every line)`,
    filters: true,
  },
  pairings: {
    synopsis: `pairings --lens A|B|C [--by activity|initiative] [--top N] [--across|--within] [--hide-known]
[--for-initiative ID | --for-activity ID] [filter options] [--json]`,
    summary: `Leer van elkaar: the best pairs of activities (or initiatives) under lens
A doelgroep+vorm, B knelpunt+activiteit, C aanbieder+rationale, with what
they share; --for-… gives one initiative's or activity's best partners`,
    filters: true,
  },
  compare: {
    synopsis: 'compare --scan ID --scan ID [--scan ID]... [filter options] [--json]',
    summary: `Vergelijken: the filter applied to each scan; per dimension, per value,
the count and the share per 100 matching activities of every scan`,
    filters: true,
  },
  whitespots: {
    synopsis: `whitespots [--rows DIM] [--cols DIM] [--layers DIM|none] [--exclude-generic] [--include-other]
[filter options] [--json]`,
    summary: `Witte vlekken: activities per combination (default sector × form ×
bottleneck 0–10, 1694 combinations; --include-other adds knelpunt 11
Overig), zeros included, and the number of empty combinations`,
    filters: true,
  },
  geography: {
    synopsis: `geography [--json]
geography place NAME --under PARENT`,
    summary: `The geography hierarchy (names workbooks added are marked); 'place'
puts or moves a name a workbook added under a parent (codes or labels, as
in --where); exit 0 also when it is already there`,
  },
  overview: {
    synopsis: 'overview [--min-initiatives N] [--english] [filter options] [--json]',
    summary: `Overzicht: activities per type, type × geography, type × knelpunt,
reach per type, reach × effort, providers × role (organisations in at
least N initiatives, default 5)`,
    filters: true,
  },
  survey: {
    synopsis: `survey create --scan ID [--initiative ID] [--round LABEL] --out FILE.xlsx
survey create --scan ID [--initiative ID] [--round LABEL] [--english] --out FILE.pdf
survey import FILE... [--round LABEL] [--dry-run] [--json]`,
    summary: `Impact questionnaire (docs/surveys.md): 'create' writes the response
workbook (sheet Antwoorden, one row per activity, knelpunten 0–11 scored
1–5 or n.v.t.), or with --out FILE.pdf one printable A4 page per activity;
'import' reads filled ones (rows matched by ID; the same
file content twice changes nothing). Exit 2 when a cell is wrong: the
report lists every bad cell and nothing is imported`,
  },
  impact: {
    synopsis: 'impact [--round LABEL] [--english] [filter options] [--json]',
    summary: `Impact per knelpunt: targeted and responding activities, responses and
mean (scores 1–5 on targeted knelpunten only; others as untargeted,
n.v.t. apart), per activity type and per initiative`,
    filters: true,
  },
  goals: {
    synopsis: `goals [--scan ID]... [--json]
goals add NAME [--target N] [--min-reach N] [filter options] [--json]
goals edit ID [--name NAME] [--target N|none] [--min-reach N|none] [--json]
goals remove ID
goals compare [--scan ID]... [--json]
goals export --out FILE.xlsx|FILE.regioscan-goals.json [--scan ID]... [--english]
goals import FILE.regioscan-goals.json [--json]`,
    summary: `Beleidsdoelen: the region's goals as named filters, each with the
matching activities (count), initiatives and summed known reach, and
met (count ≥ target and reach ≥ min-reach; null when neither is set);
--scan measures every goal in these scans instead of its own; 'compare'
measures each goal in each scan on its own; 'export' writes .xlsx or a
goals file another database reads with 'import'; every change is undoable`,
    filters: true,
  },
  nextdoor: {
    synopsis: 'nextdoor ID [--english] [--json]',
    summary: `Volgende deur: activities of other initiatives in the same scan one
step further for the same entrepreneur (same sector and form, or generic;
knelpunt 0 → weten → willen → kunnen → kunnen with another type; 11 none),
each with its reason and the referrals reported under Volgende stap`,
  },
  overlap: {
    synopsis: 'overlap [filter options] [--json]',
    summary: `Possible overlap (dubbel werk): activities of different initiatives with
the same type, knelpunten, sectors and geography, with their funders`,
    filters: true,
  },
  demand: {
    synopsis: `demand [--english] [filter options] [--json]
demand import FILE [--dry-run] [--json]
demand template --out FILE.xlsx [--english]`,
    summary: `Vraag en aanbod: 'import' reads a demand table (docs/surveys.md: Sector,
Knelpunt, Gewicht; optionally Omvang, Digitaliseringsvorm, Bron; the same
content twice changes nothing; exit 2 and nothing imported when a cell is
wrong); without it, the sector × knelpunt cells with the demand weight and
the matching activities, demand without supply first; 'template' writes
the empty demand table with its Toelichting`,
    filters: true,
  },
  publish: {
    synopsis: `publish --out DIR [--fields LIST] [--english] [--title TEXT] [--contact EMAIL] [filter options] [--json]`,
    summary: `The Ecosysteemkaart as a static website in DIR (index.html works from
file:// and any static host; publishing again replaces it). Public fields
only, unless --fields names more: reach, startYear, notes, extra (every
extra column) or an extra column's header. The filter options choose
what is published; --contact is the address for Aanmelden`,
    filters: true,
  },
  report: {
    synopsis: 'report --scan ID [filter options] [--compare SCAN_ID | --initiatives] [--english] [--date YYYY-MM-DD] --out FILE.pdf',
    summary: `The region factsheet (A4 PDF): key figures, activities per type, type ×
geography, type × knelpunt, reach and effort, the Ecosysteemkaart,
organisations per role, white spots, a source and method note. --compare adds what
changed since an earlier scan once scans can be linked (until then it
says so on stderr); --initiatives writes the printable list of initiatives
to refer to instead; --date sets the date printed (default today)`,
    filters: true,
  },
  links: {
    synopsis: 'links --from SCAN_ID --to SCAN_ID [--activity] [--json]',
    summary: `Links between two scans' initiatives (--activity: their activities):
automatic (same normalised name), proposed (score and evidence: name,
organisations per role, activity names, website), confirmed, rejected`,
  },
  link: {
    synopsis: 'link [--activity] FROM_ID TO_ID',
    summary: `Confirm the link between two initiatives (ids as in 'links' and
'graph --json') or, with --activity, two activities of two scans`,
  },
  unlink: {
    synopsis: 'unlink [--activity] FROM_ID TO_ID',
    summary: 'Reject the link between two initiatives (or, with --activity, activities)',
  },
  changes: {
    synopsis: 'changes --from SCAN_ID --to SCAN_ID [--out FILE.xlsx [--english]] [--gexf FILE.gexf] [filter options] [--json]',
    summary: `Ontwikkeling: initiatives new, stopped, continued, renamed, merged, split
(and gaps when the region has more scans), activities, activities per
dimension value, reach, organisations, and the Jaccard index of ties;
--out also writes it as .xlsx for a meeting, --gexf as a GEXF timeline
(start/end spells per node and edge) for Gephi`,
    filters: true,
  },
  serve: {
    synopsis: 'serve [--port N] [--read-only] [--with-sample]',
    summary: `Serve the app on 127.0.0.1 for a browser (prints the URL with its token);
--with-sample loads the bundled sample scan into a new database`,
  },
  backup: { synopsis: 'backup', summary: "Back the database up now into backups/ beside it (prints the backup's path)" },
  backups: { synopsis: 'backups [--json]', summary: 'List the backups (newest first; the last 10 are kept)' },
  restore: {
    synopsis: 'restore (NAME|--latest)',
    summary: `Replace the database's content with a backup (checked first); the
current content is backed up before`,
  },
  history: {
    synopsis: 'history [ACTIVITY_ID] [--scan ID] [--json]',
    summary: `The change history, oldest first (of one activity, or one scan): each change
with when, the OS user, its origin (edit, import, undo…), the field as
--where names it and its old and new value (JSON keys: change, at, user,
origin, activity, field, old, new). An import is one entry per scan`,
  },
  undo: {
    synopsis: 'undo [--json]',
    summary: `Undo the newest change group (one edit, one round trip…), also after a
restart; says so when there is nothing to undo (exit 0). Refused (exit 2,
nothing changed) at an import or restore, or when a row changed since`,
  },
  redo: {
    synopsis: 'redo [--json]',
    summary: `Redo what the newest undo undid, as long as no new change came after it
(exit 0 also when there is nothing to redo)`,
  },
  revert: {
    synopsis: 'revert CHANGE [--json]',
    summary: `"Zet terug": put back one change from 'regioscan history' (one field of one
row, or a row added or deleted), if that row has not changed since`,
  },
  edit: {
    synopsis: 'edit ACTIVITY_ID --set KEY=VALUE... [--json]',
    summary: `Edit one activity: --set DIM=VAL[,VAL] with the names, aliases and values
of --where (an empty value clears), --set name=TEXT, description=TEXT,
reach=N, startYear=N, reachUnit=…, reachSource=…, initiative=ID|NAME (move
it), ROLE=ORG[;ORG] (the organisations of a provider role: ROLE by code,
label or column name such as uitvoerder or Financiers; a new name makes an
organisation), extra.NAME=TEXT (an extra field). One change group:
'regioscan undo' undoes it. A value that names nothing is refused (exit 2,
nothing changed)`,
  },
  add: {
    synopsis: `add --scan ID --initiative ID|NAME --name TEXT [--set KEY=VALUE]...
[--json]`,
    summary: `Add an activity (prints its id); a name that matches no initiative of the
scan creates one`,
  },
  delete: { synopsis: 'delete ACTIVITY_ID [--json]', summary: "Delete an activity with its values and providers ('regioscan undo' brings it back)" },
  initiative: {
    synopsis: 'initiative INITIATIVE_ID --set KEY=VALUE... [--json]',
    summary: `Edit an initiative: --set name=TEXT, website=URL, description=TEXT,
startYear=N, homeRegion=TEXT, extra.NAME=TEXT (an empty value clears)`,
  },
  'merge-initiatives': {
    synopsis: 'merge-initiatives KEEP_ID OTHER_ID [--json]',
    summary: `Merge two initiatives of one scan: OTHER's activities move to KEEP, KEEP's
empty fields take OTHER's, OTHER is deleted`,
  },
  map: {
    synopsis: 'map DIM "VALUE" CODE [--json]',
    summary: `Map a value that matched no code: every activity holding it (in every scan)
gets CODE instead, and the rule is stored so every later import applies it.
DIM and CODE as in --where (key or name; code or label). One change group:
'regioscan undo' undoes it. DIM 'column' stores a column rule: HEADER → FIELD`,
  },
  unmap: {
    synopsis: 'unmap DIM "VALUE" [--json]',
    summary: `Remove a stored mapping rule (DIM 'column' for a column rule). Activities keep
the code the rule gave them; 'regioscan undo' brings the rule back`,
  },
  mappings: {
    synopsis: 'mappings [--json] [--export FILE] [--import FILE]',
    summary: `The stored mapping rules and every value kept unmapped (with its count, scans,
sheet and column). --export writes the rules as a JSON file; --import reads
such a file into this database: every rule is checked first (a bad one:
nothing changes), then they are stored and applied (one change group)`,
  },
  diff: {
    synopsis: 'diff FILE [--scan ID] [--json]',
    summary: `The Excel round trip: an edited export (or a workbook without IDs, with
--scan) against its scan, matched by ID: rows added, cells changed (old →
new, fields as --set names them), rows removed, issues; nothing is written
('import FILE --update' applies it). A file whose IDs span several scans is
refused`,
  },
  presentation: {
    synopsis: `presentation list [--json]
presentation create TITLE [--json]
presentation show ID [--json]
presentation rename ID TITLE
presentation delete ID
presentation add-slide ID --view VIEW --title TEXT [--note TEXT] [filter options]
  [--colour-by MODE] [--goal NAME] [--compare SCAN_ID] [--position N] [--json]
presentation edit-slide SLIDE_ID [--title TEXT] [--note TEXT] [--view VIEW]
presentation move-slide SLIDE_ID --to N
presentation remove-slide SLIDE_ID
presentation export ID (--out FILE.pdf | --out FOLDER | --export-file FILE) [--english] [--date YYYY-MM-DD]
presentation import --import-file FILE [--json]`,
    summary: `Presentaties: slides made of a filter (a copy: --filter NAME copies a
saved filter) and a view: list, map, overview, whitespots, changes (with
--compare), goal (--goal, else all goals) or impact. Every change is one
change group ('regioscan undo' takes it back). export writes a PDF (one
A4-landscape page per slide) or, to a folder, a website; --export-file
writes the .regioscan-presentation.json file that import reads`,
    filters: true,
  },
} as const satisfies Record<string, CommandUsage>;

export type CommandName = keyof typeof COMMAND_USAGE;

const SUMMARY_COLUMN = 25;

const FILTER_OPTIONS_TEXT = `Filter options:
  --scan ID              Only this scan (repeatable; see 'regioscan scans')
  --where DIM=VAL[,VAL]  A condition (repeatable): AND across dimensions, OR within;
                         DIM!=… excludes, DIM&=… requires all
  --text WORDS           Free-text search
  --filter NAME          Start from a filter saved in the app`;

const COMMON_OPTIONS_TEXT = `Options for every command:
  --db PATH    The SQLite data file (default: REGIOSCAN_DB, else the per-user app-data folder)
  --help       Show help (also after a command: regioscan <command> --help)
  --version    Print the version

Errors are one line on stderr in the app's language as set in the database (Dutch by default).
A read-only database file is read from a copy in memory: reading commands work, writing ones refuse.`;

function indent(text: string, spaces: number): string {
  return text.split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');
}

/** A command's entry in the list: synopsis, then its summary in the summary column. */
function entry(name: CommandName): string {
  const { synopsis, summary } = COMMAND_USAGE[name] as CommandUsage;
  const [first = '', ...more] = synopsis.split('\n');
  const head = ['  ' + first, ...more.map((line) => ' '.repeat(2 + name.length + 1) + line)];
  const [summaryFirst = '', ...summaryMore] = summary.split('\n');
  const last = head[head.length - 1]!;
  const lines = last.length < SUMMARY_COLUMN - 1 ? [...head.slice(0, -1), last.padEnd(SUMMARY_COLUMN) + summaryFirst] : [...head, ' '.repeat(SUMMARY_COLUMN) + summaryFirst];
  return [...lines, ...summaryMore.map((line) => ' '.repeat(SUMMARY_COLUMN) + line)].join('\n');
}

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_USAGE, name);
}

/** `regioscan --help`: every command. */
export function overallUsage(version: string): string {
  const names = Object.keys(COMMAND_USAGE) as CommandName[];
  return [
    `Regioscan ${version} — map, filter and compare public support for SME digitalisation.`,
    '',
    'Usage: regioscan <command> [options]',
    '',
    'Commands:',
    ...names.map(entry),
    '  help [COMMAND]         Show this help, or one command\'s',
    '',
    `Filter options (${names.filter((n) => (COMMAND_USAGE[n] as CommandUsage).filters).join(', ')}):`,
    ...FILTER_OPTIONS_TEXT.split('\n').slice(1),
    '',
    COMMON_OPTIONS_TEXT,
  ].join('\n');
}

/** `regioscan <command> --help`: that command's usage and the options it takes. */
export function commandUsage(name: CommandName): string {
  const usage = COMMAND_USAGE[name] as CommandUsage;
  const synopsis = usage.synopsis.split('\n');
  return [
    `Usage: regioscan ${synopsis[0]}`,
    ...synopsis.slice(1).map((line) => indent(line, 'Usage: regioscan '.length + name.length + 1)),
    '',
    indent(usage.summary, 2),
    '',
    ...(usage.filters ? [FILTER_OPTIONS_TEXT, ''] : []),
    COMMON_OPTIONS_TEXT,
  ].join('\n');
}

/** True when the words after the command ask for help (before a `--` that ends the options). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
