/**
 * The published website's one script (classic, inlined into index.html by src-main/publish): reads
 * the data from the page's JSON block and renders the site. Marks the page ready for the benchmark
 * and the tests (`data-ready` on <html>) once the first view is on screen and answers input.
 */
import { render } from 'preact';
import { SITE_DATA_ELEMENT, type SiteData } from '../src-shared/site-model';
import { App } from './App';
import './site.css';
import '../src-shared/visually-hidden.css';

const data = JSON.parse(document.getElementById(SITE_DATA_ELEMENT)?.textContent ?? 'null') as SiteData;
const root = document.getElementById('app')!;
render(<App data={data} />, root);
document.documentElement.dataset.ready = String(Math.round(performance.now()));
