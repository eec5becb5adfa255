// Reading the files of older versions: each format change adds one function that upgrades a
// document of version N to N+1, and loading runs the chain up to the current version.
// test/fixtures/snapshot keeps version-1 files as the "older format" tests.
import {currentSnapshotVersion, SnapshotError} from './format.js';

/**
 * A parsed file before narrowing: the header object and the entry objects, any version. An
 * entry's response data is read from its line as written when asked for (decode.ts): a migration
 * that changes response data would have to wrap that read, not rewrite the entries.
 */
export type SnapshotDocument = {
  readonly version: number;
  readonly header: Readonly<Record<string, unknown>>;
  readonly entries: readonly unknown[];
};

export type Migration = (document: SnapshotDocument) => SnapshotDocument;

/**
 * Version 2 records every AlertManager (`alertmanager`, `alertmanager#2`, ...); version 1 held
 * the first one only, under `alertmanager`, which keeps its name: a version-1 document is a
 * version-2 document with one AlertManager at most. Any other source name was never written.
 */
export const fromVersion1: Migration = (document) => {
  const known = (name: unknown) => name === 'prometheus' || name === 'alertmanager';
  const sources = Array.isArray(document.header['sources']) ? document.header['sources'] : [];
  for (const source of sources as unknown[]) {
    const name = (source as Record<string, unknown> | null)?.['name'];
    if (!known(name))
      throw new SnapshotError(`a version-1 source cannot be ${JSON.stringify(name)}`);
  }
  return {...document, version: 2, header: {...document.header, version: 2}};
};

/** `migrations[n]` upgrades a version-n document to version n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {1: fromVersion1};

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
