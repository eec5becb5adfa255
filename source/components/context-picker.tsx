// The context picker (`C`), drawn from view-models/context-picker.ts in the grid's place.
import React from 'react';
import {contextPickerLines, type ContextPickerInput} from '../view-models/context-picker.js';
import {ToneLines} from './panels/tone-lines.js';

export function ContextPicker(props: ContextPickerInput): React.JSX.Element {
  return <ToneLines lines={contextPickerLines(props)} width={props.width} />;
}
