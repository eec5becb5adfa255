// The help overlay, generated from the key-bindings table; it takes the panel grid's place.
import React from 'react';
import {helpOverlayLines} from '../view-models/help.js';
import {ToneLines} from './panels/tone-lines.js';

export type HelpOverlayProps = {readonly width: number; readonly height: number};

export const HelpOverlay = React.memo(function HelpOverlay({width, height}: HelpOverlayProps) {
  return <ToneLines lines={helpOverlayLines(width, height)} width={width} />;
});
