// How the screen may draw, chosen once on the command line: with or without colours (--no-color,
// NO_COLOR) and with Unicode or ASCII glyphs (--ascii). ToneLines, which draws every line of the
// app, reads it; nothing else needs to know.
import React, {createContext, useContext} from 'react';

export type Appearance = {
  /** False: no colour at all; bold and dim still mark titles, focus and alerts. */
  readonly color: boolean;
  /** True: ASCII stand-ins for blocks, boxes and arrows (view-models/glyphs.ts). */
  readonly ascii: boolean;
};

export const defaultAppearance: Appearance = {color: true, ascii: false};

const AppearanceContext = createContext<Appearance>(defaultAppearance);

export function AppearanceProvider({
  appearance,
  children,
}: {
  readonly appearance: Appearance;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  return <AppearanceContext.Provider value={appearance}>{children}</AppearanceContext.Provider>;
}

export const useAppearance = (): Appearance => useContext(AppearanceContext);
