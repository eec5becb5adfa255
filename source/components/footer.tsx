// Key hints that fit the width, from the key-bindings table.
import React from 'react';
import {footerHints} from '../keys/key-docs.js';
import {textLine} from '../view-models/line.js';
import {ToneLines} from './panels/tone-lines.js';

export const Footer = React.memo(function Footer({width}: {readonly width: number}) {
  return <ToneLines lines={[textLine(footerHints(width), width, 'muted')]} width={width} />;
});
