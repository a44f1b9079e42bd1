import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './app.css';
import '../../src-shared/visually-hidden.css';
import './explore/filter-panel.css';
import './explore/tables.css';
import './ui/detail/detail.css';
import './graph/graph.css';
import './compare/compare.css';
import './learn/learn.css';
import './whitespots/whitespots.css';
import './development/development.css';
import './overview/overview.css';
// Last: its narrow-window rules override the panel and table sizes above.
import './explore/explore-layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { followDataVersions } from './api/dataVersions';
import { appEvents } from './api/events';
import { queryClient } from './api/query';
import { adoptServeToken } from './api/token';

// `regioscan serve`: the token arrives in the fragment; keep it in this tab, out of the address bar.
adoptServeToken(window);
// Main's announcements of changed data keep the query cache current for as long as the page lives.
followDataVersions(queryClient, appEvents);

const container = document.getElementById('root');
if (!container) throw new Error('Regioscan: #root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
