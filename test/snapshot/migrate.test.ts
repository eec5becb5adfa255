// Newer nova-top reads older files: a chain of one-step upgrades runs up to the current version.
// Version 1 is the first format, so the real chain is empty; these tests drive the mechanism
// with a made-up version 2, and the version-1 fixture test keeps version-1 files readable.
import {describe, expect, it} from 'vitest';
import {SnapshotError} from '../../source/snapshot/format.js';
import {migrations, upgrade, type SnapshotDocument} from '../../source/snapshot/migrate.js';

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
  it('leaves a current document alone (the real chain has no step yet)', () => {
    expect(migrations).toEqual({});
    expect(upgrade(version1)).toBe(version1);
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
