// The variable picker (`v`), drawn from view-models/variable-picker-view.ts in the grid's place.
import React from 'react';
import {
  variablePickerLines,
  type VariablePickerInput,
} from '../view-models/variable-picker-view.js';
import {ToneLines} from './panels/tone-lines.js';

export const VariablePickerBox = React.memo(function VariablePickerBox(props: VariablePickerInput) {
  return <ToneLines lines={variablePickerLines(props)} width={props.width} />;
});
