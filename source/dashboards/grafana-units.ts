// Grafana's unit ids (fieldConfig.defaults.unit) to nova-top's units. An id missing here (Grafana has
// some two hundred) gives undefined: the importer then shows the plain number.
import type {Unit} from './spec.js';

const units: Readonly<Record<string, Unit>> = {
  none: 'none',
  short: 'short',
  percent: 'percent',
  percentunit: 'percentunit',
  bytes: 'bytes',
  decbytes: 'decbytes',
  bits: 'bits',
  Bps: 'Bps',
  binBps: 'binBps',
  bps: 'bps',
  s: 's',
  ms: 'ms',
  µs: 'µs',
  // Grafana's id for microseconds in dashboards saved with ASCII only.
  us: 'µs',
  ns: 'ns',
  reqps: 'reqps',
  ops: 'ops',
  hertz: 'hertz',
  celsius: 'celsius',
  dateTimeAsIso: 'dateTimeAsIso',
};

/** The unit for a Grafana unit id, or undefined for an id nova-top does not format. */
export const grafanaUnit = (id: string): Unit | undefined =>
  Object.hasOwn(units, id) ? units[id] : undefined;
