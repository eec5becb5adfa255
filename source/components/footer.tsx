// Key hints that fit the width, from the key-bindings table; a problem the user must know about
// at once (a recording that stopped) comes first, the hints after it as room allows.
import React from 'react';
import type {KeyContext} from '../keys/bindings.js';
import {footerHints} from '../keys/key-docs.js';
import {sanitize} from '../text/sanitize.js';
import {cellWidth} from '../text/fit.js';
import {fitLine, segment, spreadLine, textLine} from '../view-models/line.js';
import {ToneLines} from './panels/tone-lines.js';

export type FooterProps = {
  readonly width: number;
  readonly notice?: string | undefined;
  /** Where the keyboard is: the hints are of the keys that act there. */
  readonly context?: KeyContext | undefined;
  /** Where a scrolled grid dashboard's view is (`lines 1-44 of 120`), right of the hints. */
  readonly position?: string | undefined;
};

export const Footer = React.memo(function Footer(props: FooterProps) {
  const {width, notice, context, position} = props;
  if (notice === undefined && position !== undefined) {
    const hints = footerHints(Math.max(0, width - cellWidth(position) - 2), context);
    const line = spreadLine([segment(hints, 'muted')], [segment(position, 'muted')], width);
    return <ToneLines lines={[line]} width={width} />;
  }
  if (notice === undefined) {
    const hints = footerHints(width, context);
    return <ToneLines lines={[textLine(hints, width, 'muted')]} width={width} />;
  }
  const text = sanitize(notice);
  const line = fitLine([segment(text, 'critical'), segment('  q quit', 'muted')], width);
  return <ToneLines lines={[line]} width={width} />;
});
