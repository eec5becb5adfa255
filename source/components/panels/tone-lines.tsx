// Draws lines of toned segments, one Ink Text per line; the lines come fitted from a view model.
// With `hyperlinks` on, a segment with a link is wrapped in OSC 8 (the output stage keeps the link
// per cell); off, it is plain text.
import React from 'react';
import {Box, Text} from 'ink';
import {asciiLines} from '../../view-models/glyphs.js';
import type {Line, Segment} from '../../view-models/tone.js';
import {useAppearance} from '../appearance.js';
import {toneStyle} from '../theme.js';

export type ToneLinesProps = {
  readonly lines: readonly Line[];
  readonly width: number;
  /** Whether the terminal shows OSC 8 hyperlinks; without it links are plain text. */
  readonly hyperlinks?: boolean;
};

const osc8 = (target: string, text: string): string =>
  `\u001B]8;;${target}\u001B\\${text}\u001B]8;;\u001B\\`;

export const ToneLines = React.memo(function ToneLines({
  lines,
  width,
  hyperlinks = false,
}: ToneLinesProps) {
  const appearance = useAppearance();
  const shown = appearance.ascii ? asciiLines(lines) : lines;
  const text = (part: Segment) =>
    hyperlinks && part.link !== undefined ? osc8(part.link, part.text) : part.text;
  return (
    <Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
      {shown.map((line, row) => (
        <Text key={row} wrap="truncate-end">
          {line.map((part, index) => (
            <Text key={index} {...toneStyle(part.tone, appearance)}>
              {text(part)}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
