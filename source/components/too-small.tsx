// Shown instead of a dashboard when the terminal is under 80x24.
import React from 'react';
import type {TerminalSize} from '../view-models/layout.js';
import {tooSmallLines} from '../view-models/help.js';
import {ToneLines} from './panels/tone-lines.js';

export type TooSmallProps = {readonly size: TerminalSize; readonly needed: TerminalSize};

export function TooSmall({size, needed}: TooSmallProps): React.JSX.Element {
  return <ToneLines lines={tooSmallLines(size, needed)} width={size.columns} />;
}
