// Renderer entry: read the learner's settings, restore the last view, then draw the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { isBlankHash } from './app/router';
import './styles.css';

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
