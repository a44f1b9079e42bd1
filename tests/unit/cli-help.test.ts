/** `regioscan <command> --help`: every command answers with its own usage and touches no database. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { COMMAND_USAGE, type CommandName } from '../../src-main/cli/usage';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const COMMANDS = Object.keys(COMMAND_USAGE) as CommandName[];
/** The options each command must name in its help (its own, besides --db/--help/--version). */
const OWN_OPTIONS: Record<CommandName, string[]> = {
  import: ['--region', '--year', '--replace', '--keep-both', '--dry-run', '--json', '--map-column', '--map-value', '--place'],
  scans: ['--json'],
  facets: ['--json', '--scan', '--where', '--text', '--filter'],
  list: ['--sort', '--json', '--scan', '--where', '--text', '--filter'],
  export: ['--out', '--separator', '--english', '--where'],
  graph: ['--edges', '--lens', '--role', '--min-weight', '--json', '--where'],
  pairings: ['--lens', '--by', '--top', '--across', '--within', '--hide-known', '--for-initiative', '--for-activity', '--json', '--where'],
  compare: ['--scan', '--json', '--where', '--text'],
  whitespots: ['--rows', '--cols', '--layers', '--exclude-generic', '--include-other', '--json', '--where'],
  geography: ['--json', '--under'],
  overview: ['--min-initiatives', '--english', '--json', '--where'],
  publish: ['--out', '--fields', '--english', '--title', '--contact', '--json', '--where', '--scan'],
  report: ['--scan', '--compare', '--english', '--date', '--out', '--where'],
  serve: ['--port', '--read-only', '--with-sample'],
  backup: [],
  backups: ['--json'],
  restore: ['--latest'],
  history: ['--scan', '--json'],
  undo: ['--json'],
  redo: ['--json'],
  revert: ['--json'],
  edit: ['--set', '--json'],
  add: ['--scan', '--initiative', '--name', '--set', '--json'],
  delete: ['--json'],
  initiative: ['--set', '--json'],
  'merge-initiatives': ['--json'],
  survey: ['--scan', '--initiative', '--round', '--out', '--dry-run', '--json'],
  impact: ['--round', '--english', '--json', '--where'],
  goals: ['--scan', '--target', '--min-reach', '--json', '--where', '--name', '--out', '--english'],
  nextdoor: ['--english', '--json'],
  overlap: ['--json', '--where'],
  demand: ['--dry-run', '--english', '--json', '--where', '--out'],
  links: ['--from', '--to', '--activity', '--json'],
  link: ['--activity'],
  unlink: ['--activity'],
  changes: ['--from', '--to', '--json', '--where', '--scan'],
  map: ['--json'],
  unmap: ['--json'],
  mappings: ['--json', '--export', '--import'],
};

describe('regioscan <command> --help', () => {
  it('lists the same commands the router runs', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    const text = c.out.join('');
    for (const name of COMMANDS) expect(text).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  for (const name of COMMANDS) {
    it(`${name} --help prints its usage, exits 0 and creates no database`, async () => {
      const missing = join(tempDir(), 'not-there', 'regioscan.sqlite');
      for (const flag of ['--help', '-h']) {
        const c = capture();
        // --help also wins over options that would be wrong or missing without it.
        expect(await main([name, '--db', missing, '--no-such-option', flag], c.io)).toBe(0);
        expect(c.err.join('')).toBe('');
        const text = c.out.join('');
        expect(text.startsWith(`Usage: regioscan ${name}`)).toBe(true);
        for (const option of [...OWN_OPTIONS[name], '--db']) expect(text).toContain(option);
        // Another command's usage line is not printed.
        for (const other of COMMANDS.filter((o) => o !== name)) expect(text).not.toContain(`regioscan ${other} `);
      }
      expect(existsSync(join(missing, '..'))).toBe(false);
      const c = capture();
      expect(await main(['help', name], c.io)).toBe(0);
      expect(c.out.join('').startsWith(`Usage: regioscan ${name}`)).toBe(true);
    });
  }

  it('does not read --help after -- as a request for help', async () => {
    const dir = tempDir();
    const c = capture();
    expect(await main(['import', '--db', join(dir, 'x.sqlite'), '--', '--help'], c.io)).toBe(2);
    expect(c.out.join('')).toBe('');
    expect(c.err.join('')).toMatch(/^regioscan import: .*--help kan niet worden gelezen/);
  });

  it('works through the installed bin without a default data folder appearing', () => {
    const home = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), APPDATA: join(home, 'config'), HOME: home };
    delete env.REGIOSCAN_DB;
    for (const name of ['serve', 'restore', 'import'] as const) {
      const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'regioscan.mjs'), name, '--help'], { encoding: 'utf8', env });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: regioscan ${name}`));
      expect(result.stderr).toBe('');
    }
    expect(readdirSync(home)).toEqual([]);
  });
});
