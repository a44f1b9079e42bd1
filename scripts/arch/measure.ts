/**
 * The architecture figures of docs/architecture.md, measured on a source tree (issue 15's targets):
 * the import → table → map trace, where SQL is prepared, which domains touch each table, hand-written
 * fetch effects and polling loops in the renderer, imports between screens, Filter type definitions
 * and casts at the contract boundary. Pure reads of the files; `npm run arch` prints them and
 * tests/unit/architecture.test.ts holds them to their targets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface ArchFigures {
  trace: { files: string[]; missing: string[] };
  prepareOutsideRepositories: string[];
  tablesInSeveralDomains: Record<string, string[]>;
  fetchEffects: string[];
  pollingLoops: string[];
  screenImports: string[];
  filterTypeDefinitions: string[];
  /** Filter types written by hand instead of inferred from the contract's zod schema. */
  handWrittenFilterTypes: string[];
  boundaryCasts: string[];
  externalCitations: string[];
}

/** Renderer folders that are not screens: shared pieces, the frame, the transport and state. */
const RENDERER_SHARED = new Set(['api', 'app', 'ui', 'state', 'i18n', 'shell', 'screens', 'lib', 'assets']);

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const rel = (root: string, file: string) => relative(root, file).split(sep).join('/');

/** `path:line` for every line of the files that matches. */
function grep(root: string, files: string[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${rel(root, file)}:${i + 1}`);
      });
  }
  return hits;
}

/** The files listed between the trace markers of docs/architecture.md, each in backticks. */
export function traceFiles(root: string): { files: string[]; missing: string[] } {
  const doc = join(root, 'docs', 'architecture.md');
  if (!existsSync(doc)) return { files: [], missing: ['docs/architecture.md'] };
  const text = readFileSync(doc, 'utf8');
  const section = /<!-- trace:start -->([\s\S]*?)<!-- trace:end -->/.exec(text)?.[1] ?? '';
  const files = [...new Set([...section.matchAll(/`((?:src-main|src-shared|src-renderer)\/[^`\s]+\.(?:ts|tsx))`/g)].map((m) => m[1] ?? ''))];
  return { files, missing: files.filter((f) => !existsSync(join(root, f))) };
}

function tableNames(root: string): string[] {
  const names = new Set<string>();
  for (const file of walk(join(root, 'src-main', 'db'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)) names.add(m[1] ?? '');
  }
  return [...names].filter((n) => n && !n.endsWith('_new'));
}

function tablesInSeveralDomains(root: string, mainFiles: string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const outsideDb = mainFiles.filter((f) => !rel(root, f).startsWith('src-main/db/'));
  for (const table of tableNames(root)) {
    const sql = new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+${table}\\b`);
    const domains = new Set(outsideDb.filter((f) => sql.test(readFileSync(f, 'utf8'))).map((f) => rel(root, f).split('/')[1] ?? ''));
    if (domains.size > 1) result[table] = [...domains].sort();
  }
  return result;
}

/** Imports from one renderer screen folder into another. */
function screenImports(root: string): string[] {
  const src = join(root, 'src-renderer', 'src');
  const hits: string[] = [];
  for (const file of walk(src)) {
    const own = relative(src, file).split(sep)[0] ?? '';
    if (RENDERER_SHARED.has(own) || !statSync(join(src, own)).isDirectory()) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(src, resolve(dirname(file), m[1] ?? '')).split(sep)[0] ?? '';
      if (target !== own && !target.startsWith('..') && !RENDERER_SHARED.has(target) && existsSync(join(src, target)) && statSync(join(src, target)).isDirectory()) {
        hits.push(`${rel(root, file)} → ${target}`);
      }
    }
  }
  return hits;
}

export function measure(root: string): ArchFigures {
  const main = walk(join(root, 'src-main'));
  const renderer = walk(join(root, 'src-renderer'));
  const shared = walk(join(root, 'src-shared'));
  const code = [...main, ...renderer, ...shared, ...walk(join(root, 'src-site'))];
  const boundary = [
    ...walk(join(root, 'src-main', 'rpc')),
    ...walk(join(root, 'src-renderer', 'src', 'api')),
    ...shared.filter((f) => /contract|preload/.test(rel(root, f))),
  ];
  return {
    trace: traceFiles(root),
    prepareOutsideRepositories: grep(
      root,
      main.filter((f) => !/(^|-)repository\.ts$/.test(f.split(sep).pop() ?? '') && !rel(root, f).startsWith('src-main/db/')),
      /\.prepare\(/,
    ),
    tablesInSeveralDomains: tablesInSeveralDomains(root, main),
    fetchEffects: grep(root, renderer, /let cancelled\b/),
    pollingLoops: grep(root, renderer, /setInterval\(/),
    screenImports: screenImports(root),
    filterTypeDefinitions: grep(root, code, /\b(type|interface)\s+Filter\b(?!\w)\s*[={<]/),
    handWrittenFilterTypes: grep(root, code, /\b(type|interface)\s+Filter\b(?!\w)\s*[={<](?!.*z\.infer)/),
    // Casts to the contract's types anywhere, and double casts in the files that carry the contract
    // (host detection, `globalThis as …`, is not a contract cast).
    boundaryCasts: [
      ...grep(root, code, /\bas (never|Filter|ArgsOf|ResultOf|ParsedArgsOf)\b/),
      ...grep(root, boundary, /(?<!globalThis )\bas unknown as\b/),
    ],
    externalCitations: grep(
      root,
      [...code, ...walk(join(root, 'tests')), ...walk(join(root, 'scripts'))],
      /(?<!docs\/)\b(METHOD|WORKBOOK)\.md\b|\.\.\/shared\/regioscan/,
    ),
  };
}
