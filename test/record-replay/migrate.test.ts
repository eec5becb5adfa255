// Newer nova-top reads older files: a chain of one-step upgrades runs up to the current version.
// The real chain has one step (1 -> 2: every AlertManager recorded); the mechanism is driven with
// a made-up version 2, and the version-1 fixture test keeps version-1 files readable.
import {describe, expect, it} from 'vitest';
import {SnapshotError} from '../../source/record-replay/format.js';
import {migrations, upgrade, type SnapshotDocument} from '../../source/record-replay/migrate.js';

const version1: SnapshotDocument = {
  version: 1,
  header: {format: 'nova-top-snapshot', version: 1, options: {range: 3600}},
  entries: [{t: 1, durationMs: 2}],
};

/** A made-up version 2: `options.range` renamed `rangeSeconds`, `durationMs` renamed `ms`. */
const toVersion2 = (document: SnapshotDocument): SnapshotDocument => {
  const {range, ...options} = document.header['options'] as Record<string, unknown>;
  return {
    version: 2,
    header: {...document.header, version: 2, options: {...options, rangeSeconds: range}},
    entries: document.entries.map((entry) => {
      const {durationMs, ...rest} = entry as Record<string, unknown>;
      return {...rest, ms: durationMs};
    }),
  };
};

describe('upgrading snapshot documents', () => {
  it('upgrades version 1 to 2 keeping its sources, and leaves a current document alone', () => {
    const sources = [
      {name: 'prometheus', url: 'http://p:9090'},
      {name: 'alertmanager', url: 'http://a:9093'},
    ];
    const recorded = {...version1, header: {...version1.header, sources}};
    const upgraded = upgrade(recorded);
    expect(upgraded).toEqual({...recorded, version: 2, header: {...recorded.header, version: 2}});
    expect(upgrade(upgraded)).toBe(upgraded);
  });

  it('refuses a version-1 file naming a source version 1 never wrote', () => {
    const header = {...version1.header, sources: [{name: 'alertmanager#2', url: 'http://b'}]};
    expect(() => migrations[1]?.({...version1, header})).toThrow(
      new SnapshotError('a version-1 source cannot be "alertmanager#2"'),
    );
  });

  it('runs each step of the chain up to the target', () => {
    expect(upgrade(version1, {1: toVersion2}, 2)).toEqual({
      version: 2,
      header: {format: 'nova-top-snapshot', version: 2, options: {rangeSeconds: 3600}},
      entries: [{t: 1, ms: 2}],
    });
  });

  it('refuses a file newer than the reader', () => {
    expect(() => upgrade({...version1, version: 3}, {1: toVersion2}, 2)).toThrow(
      new SnapshotError(
        'it was written by a newer nova-top (snapshot version 3; this one reads up to 2)',
      ),
    );
  });

  it('refuses a version with no step, and a step that skips a version', () => {
    expect(() => upgrade(version1, {}, 2)).toThrow(
      new SnapshotError('snapshot version 1 is not one nova-top knows'),
    );
    const skipping = (document: SnapshotDocument) => ({...document, version: 3});
    expect(() => upgrade(version1, {1: skipping}, 3)).toThrow(
      new SnapshotError('the upgrade from version 1 went wrong'),
    );
  });
});
