// Reading the files of older versions: each format change adds one function that upgrades a
// document of version N to N+1, and loading runs the chain up to the current version. Version 1
// is the first format, so the chain is empty for now; when version 2 comes, `1: fromVersion1`
// goes here and test/fixtures/snapshot keeps its version-1 files as the "older format" tests.
import {currentSnapshotVersion, SnapshotError} from './format.js';

/** A parsed file before narrowing: the header object and the entry objects, any version. */
export type SnapshotDocument = {
  readonly version: number;
  readonly header: Readonly<Record<string, unknown>>;
  readonly entries: readonly unknown[];
};

export type Migration = (document: SnapshotDocument) => SnapshotDocument;

/** `migrations[n]` upgrades a version-n document to version n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {};

/** The oldest version this nova-top reads. */
export const firstSnapshotVersion = 1;

export function upgrade(
  document: SnapshotDocument,
  chain: Readonly<Record<number, Migration>> = migrations,
  target: number = currentSnapshotVersion,
): SnapshotDocument {
  const {version} = document;
  if (version > target) {
    throw new SnapshotError(
      `it was written by a newer nova-top (snapshot version ${version}; this one reads up to ${target})`,
    );
  }
  let current = document;
  while (current.version < target) {
    const migration = chain[current.version];
    if (migration === undefined) {
      throw new SnapshotError(`snapshot version ${current.version} is not one nova-top knows`);
    }
    const next = migration(current);
    if (next.version !== current.version + 1) {
      throw new SnapshotError(`the upgrade from version ${current.version} went wrong`);
    }
    current = next;
  }
  return current;
}
