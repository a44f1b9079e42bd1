/**
 * Publishing the Ecosysteemkaart as a static website (issue 18): the command, the channels and the
 * functions the app's Publiceren screen calls through them.
 */
export { publishHandlers } from './handlers';
export { runPublish } from './cli';
export { previewPublication, publishSite, sitePage, TEMPLATE_FILE, type PublishContext, type PublishRequest } from './publish';
export { buildSiteBundle, loadSiteBundle, siteBundleDir } from './bundle';
export { MANIFEST, PUBLICATION_KIND, writePublication, type OutputFile } from './folder';
export { desktopPublishing, type DesktopPublishing } from './desktop';
export { escapeHtml } from './html';
