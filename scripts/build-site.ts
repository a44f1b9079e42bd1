/**
 * `npm run build:site` (part of `npm run build`): bundles the published website's code (src-site/)
 * into out/site/site.js and out/site/site.css, which `regioscan publish` inlines into index.html.
 */
import { buildSiteBundle, siteBundleDir } from '../src-main/publish/bundle';
import { REPO_ROOT } from '../src-main/version';

const started = Date.now();
const bundle = await buildSiteBundle(REPO_ROOT, siteBundleDir());
console.log(`out/site: site.js ${(bundle.js.length / 1024).toFixed(1)} KB, site.css ${(bundle.css.length / 1024).toFixed(1)} KB (${Date.now() - started} ms)`);
