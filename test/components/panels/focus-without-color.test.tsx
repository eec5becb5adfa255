// --no-color: the border's tone cannot show which panel has the focus, so a ▶ before the title
// does (> with --ascii); bold marks the focused border, dim the others.
import chalk from 'chalk';
import React from 'react';
import {renderToString} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import {AppearanceProvider, type Appearance} from '../../../source/components/appearance.js';
import {PanelBox} from '../../../source/components/panels/panel-box.js';
import {panelFrame} from '../../../source/view-models/panel-frame.js';
import {buildPanelView} from '../../../source/view-models/panel-view.js';
import {fresh, minuteWindow, panel, range, updatedAt} from './panel-data.js';
import {bottomBorder, topBorder} from './render.js';

const errorRate = panel('error-rate');
const state = fresh([range(0, minuteWindow(3), [[{}, [1, 2, 3]]])]);
const view = buildPanelView(errorRate, state, {width: 30, height: 4}, updatedAt);
const text = (focused: boolean, marker: boolean) =>
  panelFrame(view, focused, marker).map((line) => line.map((part) => part.text).join(''));

function draw(focused: boolean, appearance: Appearance): string[] {
  return renderToString(
    <AppearanceProvider appearance={appearance}>
      <PanelBox
        spec={errorRate}
        state={state}
        width={30}
        height={4}
        focused={focused}
        now={updatedAt}
      />
    </AppearanceProvider>,
    {columns: 30},
  ).split('\n');
}

const level = chalk.level;
afterEach(() => void (chalk.level = level));

describe('focus without colour', () => {
  it('panelFrame puts ▶ before the focused title only when asked to', () => {
    expect(text(true, true)[0]).toBe(topBorder('▶ Error rate', 30));
    expect(text(false, true)[0]).toBe(topBorder('Error rate', 30));
    expect(text(true, false)[0]).toBe(topBorder('Error rate', 30));
    expect(text(true, true).slice(1)).toEqual(text(false, true).slice(1));
  });

  it('--no-color: the focused panel has ▶, the others not; with colour neither has', () => {
    const body = draw(false, {color: true, ascii: false}).slice(1);
    expect(draw(true, {color: false, ascii: false})).toEqual([
      topBorder('▶ Error rate', 30),
      ...body,
    ]);
    expect(draw(false, {color: false, ascii: false})[0]).toBe(topBorder('Error rate', 30));
    expect(draw(true, {color: true, ascii: false})[0]).toBe(topBorder('Error rate', 30));
    expect(body.at(-1)).toBe(bottomBorder(30));
    expect(body[0]).toMatch(/^│ws errors +3%/);
  });

  it('--no-color --ascii: the mark is >', () => {
    expect(draw(true, {color: false, ascii: true})[0]).toBe(`+ > Error rate ${'-'.repeat(14)}+`);
    expect(draw(true, {color: false, ascii: true})[1]).toMatch(/^\|ws errors +3%/);
  });

  it('--no-color: the focused border and title are bold, the other borders dim', () => {
    chalk.level = 1;
    const escape = String.fromCharCode(27);
    const styles = (line: string) =>
      [...line.matchAll(new RegExp(`${escape}\\[(\\d+)m`, 'g'))].map((match) => match[1]);
    const focused = draw(true, {color: false, ascii: false});
    const other = draw(false, {color: false, ascii: false});
    // Bold on (1) and off (22) around every part of the top border and the sides; no colour.
    expect(new Set(styles(focused[0] ?? ''))).toEqual(new Set(['1', '22']));
    expect(new Set(styles(other[0] ?? ''))).toEqual(new Set(['1', '2', '22']));
    expect(styles(other[1] ?? '').slice(0, 2)).toEqual(['2', '22']);
    expect(styles(focused[1] ?? '').slice(0, 2)).toEqual(['1', '22']);
  });
});
