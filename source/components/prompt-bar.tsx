// The query prompt's lines at the bottom of the screen (prompt-view.ts draws them).
import React from 'react';
import type {PromptState} from '../ui-state/prompt-state.js';
import {promptLines} from '../view-models/prompt-view.js';
import {ToneLines} from './panels/tone-lines.js';

export function PromptBar({prompt, width}: {readonly prompt: PromptState; readonly width: number}) {
  return <ToneLines lines={promptLines(prompt, width)} width={width} />;
}
