// Whether a panel shows its threshold steps, as Grafana decides: every panel carries the default
// steps (green, red from 80), but a time series draws them only with a threshold style (lines or
// areas) or when its series take their colour from them, a table only in coloured or gauge cells,
// a stat unless its colour mode is none. Steps nobody sees in Grafana must not colour a value or
// raise the exit status of --once.
import type {PanelKind} from '../spec.js';
import {objectOf, stringOf, type JsonObject} from './json-value.js';

function custom(panel: JsonObject): JsonObject {
  const fieldConfig = objectOf(panel['fieldConfig']);
  return objectOf(objectOf(fieldConfig?.['defaults'])?.['custom']) ?? {};
}

const colorMode = (panel: JsonObject): string | undefined =>
  stringOf(objectOf(objectOf(objectOf(panel['fieldConfig'])?.['defaults'])?.['color'])?.['mode']);

function seriesShowSteps(panel: JsonObject): boolean {
  const style = stringOf(objectOf(custom(panel)['thresholdsStyle'])?.['mode']);
  return (style !== undefined && style !== 'off') || colorMode(panel) === 'thresholds';
}

function cellsShowSteps(panel: JsonObject): boolean {
  const fields = custom(panel);
  const cell =
    stringOf(objectOf(fields['cellOptions'])?.['type']) ?? stringOf(fields['displayMode']);
  return cell !== undefined && /color|gauge/.test(cell);
}

export function showsSteps(panel: JsonObject, kind: PanelKind): boolean {
  // Old graphs and singlestats: their own thresholds were read only where they are drawn.
  if (panel['type'] === 'graph' || panel['type'] === 'singlestat') return true;
  switch (kind) {
    case 'timeseries':
    case 'heatmap':
      return seriesShowSteps(panel);
    case 'table':
      return cellsShowSteps(panel);
    case 'stat':
      return objectOf(panel['options'])?.['colorMode'] !== 'none';
    default:
      return true;
  }
}
