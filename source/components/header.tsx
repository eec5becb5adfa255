// The two header lines, drawn from view-models/header.ts.
import React, {useMemo} from 'react';
import {headerLines, type HeaderInput} from '../view-models/header.js';
import {ToneLines} from './panels/tone-lines.js';

export const Header = React.memo(function Header(props: HeaderInput) {
  const lines = useMemo(() => headerLines(props), [props]);
  return <ToneLines lines={lines} width={props.width} />;
});
