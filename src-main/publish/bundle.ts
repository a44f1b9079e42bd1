/**
 * The site's code: src-site/ bundled by esbuild into one classic script (an IIFE, no modules, no
 * chunks: a page opened from file:// runs no `type=module` script) and one stylesheet, both inlined
 * into index.html at publish time. `npm run build` writes them to out/site/ (the packaged app ships
 * that folder); the CLI run from the sources builds them there itself when they are missing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors';
import { nodeResourceContext, type ResourceContext } from '../resources';

export interface SiteBundle {
  js: string;
  css: string;
}

export const SITE_SCRIPT = 'site.js';
export const SITE_STYLES = 'site.css';

/** Where the built site lives: out/site/ under the app (the repository root under Node). */
export function siteBundleDir(context: ResourceContext = nodeResourceContext()): string {
  return join(context.appPath, 'out', 'site');
}

/** Bundles src-site/ (esbuild, minified, for current browsers) into `outDir`. */
export async function buildSiteBundle(root: string, outDir: string): Promise<SiteBundle> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { site: join(root, 'src-site', 'main.tsx') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome109', 'firefox115', 'safari15.4'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    charset: 'utf8',
    write: false,
    outdir: outDir,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, SITE_SCRIPT), js);
  writeFileSync(join(outDir, SITE_STYLES), css);
  return { js, css };
}

/** The built site; built now when it is missing and the sources are here (a checkout run through tsx). */
export async function loadSiteBundle(context: ResourceContext = nodeResourceContext()): Promise<SiteBundle> {
  const dir = siteBundleDir(context);
  const script = join(dir, SITE_SCRIPT);
  if (!existsSync(script)) {
    if (!context.packaged && existsSync(join(context.appPath, 'src-site', 'main.tsx'))) return buildSiteBundle(context.appPath, dir);
    throw new UserError('publish-no-site', {
      nl: 'De code van de website ontbreekt in deze installatie (out/site); bouw de app opnieuw met npm run build.',
      en: 'The website’s code is missing from this installation (out/site); build the app again with npm run build.',
    });
  }
  return { js: readFileSync(script, 'utf8'), css: readFileSync(join(dir, SITE_STYLES), 'utf8') };
}
