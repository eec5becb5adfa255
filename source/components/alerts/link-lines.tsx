// Lines of toned segments where a segment may be a link: with hyperlinks on, its text is wrapped
// in OSC 8 (the output stage keeps the link per cell); off, it is plain text. Link targets come
// checked from the view model (http or https only, no control characters).
import React from 'react';
import {Box, Text} from 'ink';
import type {LinkLine} from '../../view-models/alerts/alert-detail-view.js';
import {theme} from '../theme.js';

export type LinkLinesProps = {
  readonly lines: readonly LinkLine[];
  readonly width: number;
  readonly hyperlinks: boolean;
};

const osc8 = (target: string, text: string): string =>
  `\u001B]8;;${target}\u001B\\${text}\u001B]8;;\u001B\\`;

export const LinkLines = React.memo(function LinkLines({lines, width, hyperlinks}: LinkLinesProps) {
  return (
    <Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
      {lines.map((line, row) => (
        <Text key={row} wrap="truncate-end">
          {line.map((part, index) => (
            <Text key={index} {...theme[part.tone]}>
              {hyperlinks && part.link !== undefined ? osc8(part.link, part.text) : part.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
