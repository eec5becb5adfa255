// Draws lines of toned segments, one Ink Text per line; the lines come fitted from a view model.
import React from 'react';
import {Box, Text} from 'ink';
import {asciiLines} from '../../view-models/glyphs.js';
import type {Line} from '../../view-models/tone.js';
import {useAppearance} from '../appearance.js';
import {theme, type ToneStyle} from '../theme.js';

/** Without colour, a tone keeps only its weight: bold titles and alerts, dim secondary text. */
const colourless = ({color, ...style}: ToneStyle): ToneStyle =>
  color === 'gray' ? {...style, dimColor: true} : style;

export type ToneLinesProps = {readonly lines: readonly Line[]; readonly width: number};

export const ToneLines = React.memo(function ToneLines({lines, width}: ToneLinesProps) {
  const appearance = useAppearance();
  const shown = appearance.ascii ? asciiLines(lines) : lines;
  const style = (tone: Line[number]['tone']) =>
    appearance.color ? theme[tone] : colourless(theme[tone]);
  return (
    <Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
      {shown.map((line, row) => (
        <Text key={row} wrap="truncate-end">
          {line.map((part, index) => (
            <Text key={index} {...style(part.tone)}>
              {part.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
