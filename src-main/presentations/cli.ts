/**
 * `regioscan presentation …`: list, create, show, rename and delete presentations; add, edit, move
 * and remove slides; export one as PDF, as a website or as a file to share; import such a file.
 * Every write is one change group ('regioscan undo' takes it back).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAP_COLOUR_MODES, SLIDE_VIEWS, type Presentation, type SlideOptions, type SlideView } from '../../src-shared/presentations';
import { cliLanguage, withCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { readInputFile } from '../import';
import { writeOutputFile } from '../cli/output-file';
import { CliUsageError, positiveId, typed, type CliIo, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { parseReportDate } from '../report';
import { packageVersion } from '../version';
import { presentationPdf, presentationSite } from './export';
import { importPresentationFile, presentationFile } from './presentation-file';
import { addSlide, createPresentation, deletePresentation, editSlide, getPresentation, listPresentations, moveSlide, removeSlide, renamePresentationTitle } from './presentations';

const ID = { nl: 'Het ID van de presentatie', en: "The presentation's ID" };
const SLIDE_ID = { nl: 'Het ID van de dia', en: "The slide's ID" };

function one(positionals: string[], what: { nl: string; en: string }, count = 1): string[] {
  if (positionals.length !== count) {
    throw new CliUsageError({ nl: `Geef ${count === 1 ? 'precies één argument' : `precies ${count} argumenten`}: ${what.nl.toLowerCase()}.`, en: `Give exactly ${count === 1 ? 'one argument' : `${count} arguments`}: ${what.en.toLowerCase()}.` });
  }
  return positionals;
}

function view(text: string | undefined): SlideView | undefined {
  if (text === undefined) return undefined;
  if (!(SLIDE_VIEWS as readonly string[]).includes(text)) throw new CliUsageError({ nl: `--view neemt ${SLIDE_VIEWS.join(', ')}, niet ${typed(text)}.`, en: `--view takes ${SLIDE_VIEWS.join(', ')}, not ${typed(text)}.` });
  return text as SlideView;
}

function colourBy(text: string | undefined): SlideOptions['colourBy'] {
  if (text === undefined) return undefined;
  if (!(MAP_COLOUR_MODES as readonly string[]).includes(text)) throw new CliUsageError({ nl: `--colour-by neemt ${MAP_COLOUR_MODES.join(', ')}, niet ${typed(text)}.`, en: `--colour-by takes ${MAP_COLOUR_MODES.join(', ')}, not ${typed(text)}.` });
  return text as SlideOptions['colourBy'];
}

function printPresentation(io: CliIo, p: Presentation, json: boolean | undefined): void {
  if (json) {
    io.out(JSON.stringify(p, null, 2) + '\n');
    return;
  }
  io.out(`Presentation ${p.id} "${p.title}": ${p.slides.length} slide${p.slides.length === 1 ? '' : 's'}\n`);
  for (const s of p.slides) io.out(`${String(s.position).padStart(4)}. [${s.id}] ${s.title} (${s.view}${s.filterName ? `, filter "${s.filterName}"` : ''})\n`);
}

const runList: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'] });
  return withCliDatabase(values.db, (db) => {
    const list = listPresentations(db);
    if (values.json) io.out(JSON.stringify(list, null, 2) + '\n');
    else if (list.length === 0) io.out("No presentations yet; make one with 'regioscan presentation create TITLE'.\n");
    else for (const p of list) io.out(`${String(p.id).padStart(4)}  ${p.title} (${p.slides} slide${p.slides === 1 ? '' : 's'})\n`);
    return 0;
  });
};

const runCreate: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  const [title] = one(positionals, { nl: 'de TITEL (tussen aanhalingstekens als er spaties in staan)', en: 'the TITLE (in quotes if it has spaces)' });
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, createPresentation(db, title!).presentation, values.json);
    return 0;
  });
};

const runShow: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  const id = positiveId(one(positionals, ID)[0]!, ID);
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, getPresentation(db, id), values.json);
    return 0;
  });
};

const runRename: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  const [idText, title] = one(positionals, { nl: 'het ID en de nieuwe TITEL', en: 'the ID and the new TITLE' }, 2);
  const id = positiveId(idText!, ID);
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, renamePresentationTitle(db, id, title!).presentation, values.json);
    return 0;
  });
};

const runDelete: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, {}, true);
  const id = positiveId(one(positionals, ID)[0]!, ID);
  return withCliDatabase(values.db, (db) => {
    deletePresentation(db, id);
    io.out(`Deleted presentation ${id} ('regioscan undo' brings it back)\n`);
    return 0;
  });
};

const runAddSlide: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['view', 'title', 'note', 'colour-by', 'goal', 'compare', 'position'], flags: ['json'], filter: true }, true);
  const id = positiveId(one(positionals, ID)[0]!, ID);
  const v = view(values.view);
  if (!v) throw new CliUsageError({ nl: `Geef --view: ${SLIDE_VIEWS.join(', ')}.`, en: `Give --view: ${SLIDE_VIEWS.join(', ')}.` });
  if (values.title === undefined) throw new CliUsageError({ nl: 'Geef --title TEKST: de titel van de dia.', en: "Give --title TEXT: the slide's title." });
  const compare = values.compare === undefined ? undefined : positiveId(values.compare, { nl: '--compare', en: '--compare' });
  if (v === 'changes' && compare === undefined) throw new CliUsageError({ nl: 'Een dia met --view changes noemt met --compare SCAN_ID de eerdere scan.', en: 'A slide with --view changes names the earlier scan with --compare SCAN_ID.' });
  const position = values.position === undefined ? undefined : positiveId(values.position, { nl: '--position', en: '--position' });
  const options: SlideOptions = {
    ...(colourBy(values['colour-by']) ? { colourBy: colourBy(values['colour-by']) } : {}),
    ...(values.goal !== undefined ? { goal: values.goal } : {}),
    ...(compare !== undefined ? { compare } : {}),
  };
  return withCliDatabase(values.db, (db) => {
    const filter = filterFromOptions(db, values);
    if (compare !== undefined && filter.scans.includes(compare)) {
      throw new CliUsageError({ nl: `--compare noemt een eerdere scan om mee te vergelijken, niet scan ${compare} van de dia zelf.`, en: `--compare names an earlier scan to compare with, not scan ${compare} of the slide itself.` });
    }
    const written = addSlide(db, id, { filter, filterName: values.filter ?? null, view: v, options, title: values.title!, note: values.note ?? '' }, position);
    printPresentation(io, written.presentation, values.json);
    return 0;
  });
};

const runEditSlide: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['view', 'title', 'note'], flags: ['json'] }, true);
  const id = positiveId(one(positionals, SLIDE_ID)[0]!, SLIDE_ID);
  const v = view(values.view);
  if (values.title === undefined && values.note === undefined && v === undefined) throw new CliUsageError({ nl: 'Geef --title, --note of --view: wat aan de dia verandert.', en: 'Give --title, --note or --view: what changes on the slide.' });
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, editSlide(db, id, { ...(values.title !== undefined ? { title: values.title } : {}), ...(values.note !== undefined ? { note: values.note } : {}), ...(v ? { view: v } : {}) }).presentation, values.json);
    return 0;
  });
};

const runMoveSlide: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['to'], flags: ['json'] }, true);
  const id = positiveId(one(positionals, SLIDE_ID)[0]!, SLIDE_ID);
  if (values.to === undefined) throw new CliUsageError({ nl: 'Geef --to N: de nieuwe plaats van de dia (1 is de eerste).', en: "Give --to N: the slide's new place (1 is the first)." });
  const to = positiveId(values.to, { nl: '--to', en: '--to' });
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, moveSlide(db, id, to).presentation, values.json);
    return 0;
  });
};

const runRemoveSlide: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  const id = positiveId(one(positionals, SLIDE_ID)[0]!, SLIDE_ID);
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, removeSlide(db, id).presentation, values.json);
    return 0;
  });
};

const runExport: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['out', 'export-file', 'date'], flags: ['english'] }, true);
  const id = positiveId(one(positionals, ID)[0]!, ID);
  if ((values.out === undefined) === (values['export-file'] === undefined)) {
    throw new CliUsageError({ nl: 'Geef --out BESTAND.pdf, --out MAP (een website) of --export-file BESTAND (om te delen).', en: 'Give --out FILE.pdf, --out FOLDER (a website) or --export-file FILE (to share).' });
  }
  const date = parseReportDate(values.date);
  const lang = values.english ? 'en' : 'nl';
  return withCliDatabase(values.db, async (db) => {
    if (values['export-file'] !== undefined) {
      const out = resolve(values['export-file']);
      writeOutputFile(out, presentationFile(db, id).text);
      io.out(`Wrote presentation ${id} to ${out}\n`);
      return 0;
    }
    const out = resolve(values.out!);
    if (out.toLowerCase().endsWith('.pdf') && !(existsSync(out) && statSync(out).isDirectory())) {
      const pdf = await presentationPdf(db, id, { lang, date });
      writeOutputFile(out, pdf.bytes);
      io.out(`Wrote ${pdf.slides} slides on ${pdf.pages} pages (${Math.round(pdf.bytes.length / 1024)} KB) to ${out}\n`);
      return 0;
    }
    const site = await presentationSite(db, id, out, { lang, date, generator: `Regioscan ${packageVersion()}` });
    io.out(`Wrote the presentation as a website (${site.files.length} files) to ${site.index}\n`);
    return 0;
  });
};

const runImport: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['import-file'], flags: ['json'] });
  if (values['import-file'] === undefined) throw new CliUsageError({ nl: 'Geef --import-file BESTAND: een .regioscan-presentation.json.', en: 'Give --import-file FILE: a .regioscan-presentation.json.' });
  const bytes = readInputFile(values['import-file']);
  return withCliDatabase(values.db, (db) => {
    printPresentation(io, importPresentationFile(db, bytes.toString('utf8')).presentation, values.json);
    return 0;
  });
};

const ACTIONS: Record<string, Subcommand> = {
  list: runList,
  create: runCreate,
  show: runShow,
  rename: runRename,
  delete: runDelete,
  'add-slide': runAddSlide,
  'edit-slide': runEditSlide,
  'move-slide': runMoveSlide,
  'remove-slide': runRemoveSlide,
  export: runExport,
  import: runImport,
};

/** `regioscan presentation ACTION …` (see usage.ts). */
export const runPresentation: Subcommand = async (argv, io) => {
  const [action, ...rest] = argv;
  const run = action === undefined ? undefined : ACTIONS[action];
  if (!run || !Object.hasOwn(ACTIONS, action!)) {
    cliLanguage(argv);
    throw new CliUsageError({
      nl: `Geef wat u met presentaties wilt doen: ${Object.keys(ACTIONS).join(', ')}${action === undefined ? '' : ` (niet ${typed(action)})`}.`,
      en: `Say what to do with presentations: ${Object.keys(ACTIONS).join(', ')}${action === undefined ? '' : ` (not ${typed(action)})`}.`,
    });
  }
  return run(rest, io);
};
