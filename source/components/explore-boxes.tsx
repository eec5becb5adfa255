// Drill-down's label picker and the copy box: each takes the panel grid's place and draws its
// view model.
import React from 'react';
import type {Copied} from '../ui-state/copy.js';
import type {LabelPicker} from '../ui-state/label-picker.js';
import {copyLines} from '../view-models/copy-view.js';
import {labelPickerLines} from '../view-models/label-picker-view.js';
import {ToneLines} from './panels/tone-lines.js';

type Size = {readonly width: number; readonly height: number};

export const LabelPickerBox = React.memo(function LabelPickerBox(
  props: Size & {readonly picker: LabelPicker; readonly panelTitle: string},
) {
  const lines = labelPickerLines(props.picker, props.panelTitle, props.width, props.height);
  return <ToneLines lines={lines} width={props.width} />;
});

export const CopyBox = React.memo(function CopyBox(props: Size & {readonly copied: Copied}) {
  return (
    <ToneLines lines={copyLines(props.copied, props.width, props.height)} width={props.width} />
  );
});
