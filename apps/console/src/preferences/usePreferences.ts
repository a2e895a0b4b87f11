import { useContext } from 'react';
import { PreferencesContext, type Preferences } from './preferences-context';

/** Language, theme and the translator of the console shell. */
export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences() outside <PreferencesProvider>');
  return value;
}
