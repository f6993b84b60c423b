// Light and dark themes: follows the OS until the learner picks one, and remembers the pick.

import type { ThemePreference } from '@common/contract';
import { createContext, useContext, useEffect, useState } from 'react';

export interface ThemeState {
  preference: ThemePreference;
  dark: boolean;
  setPreference: (p: ThemePreference) => void;
}

export const ThemeContext = createContext<ThemeState>({ preference: 'system', dark: false, setPreference: () => {} });

export const useTheme = () => useContext(ThemeContext);

export function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setDark(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}
