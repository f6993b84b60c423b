// Renderer entry: read the learner's settings, restore the last view, then draw the app.
// The shared stylesheets come first, in this order, so that every feature's own stylesheet
// (imported by its view, lazy views' ones loaded later still) comes after them and wins ties.
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/components.css';
import './styles/markdown.css';
import './styles/palette.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { isBlankHash } from './app/router';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  let theme: 'system' | 'light' | 'dark' = 'system';
  try {
    const settings = await api['settings.get']({});
    theme = settings.theme;
    const hash = window.location.hash;
    if (isBlankHash(hash)) history.replaceState(null, '', settings.lastRoute);
  } catch (error) {
    console.error('Could not read settings', error);
  }
  root.render(
    <StrictMode>
      <App initialTheme={theme} />
    </StrictMode>,
  );
}

void boot();
