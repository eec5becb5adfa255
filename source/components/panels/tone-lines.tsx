// Draws lines of toned segments, one Ink Text per line; the lines come fitted from a view model.
import React from 'react';
import {Box, Text} from 'ink';
import type {Line} from '../../view-models/tone.js';
import {theme} from '../theme.js';

export type ToneLinesProps = {readonly lines: readonly Line[]; readonly width: number};

export const ToneLines = React.memo(function ToneLines({lines, width}: ToneLinesProps) {
  return (
    <Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
      {lines.map((line, row) => (
        <Text key={row} wrap="truncate-end">
          {line.map((part, index) => (
            <Text key={index} {...theme[part.tone]}>
              {part.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
