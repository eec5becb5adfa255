// The lines of a loaded snapshot, read again when a replay answers from them: each line is found
// by its member and its place in that member (gzip-members.ts), and the few members read last are
// kept as lines, since one poll cycle asks for the answers of one or two members. The file's
// compressed bytes (1.3 MB for the demo) stay in memory instead of its text (9 MB).
import {inflateMember, type MemberPlace} from './gzip-members.js';

/** Where a line is: its member and its index among the member's lines, in one number. */
export type LinePlace = number;

const perMember = 2 ** 20;

export const linePlace = (member: number, index: number): LinePlace => member * perMember + index;

/** Members larger than this unpacked keep their lines instead (a file of one big member). */
export const maxReadAgainBytes = 1024 * 1024;

export type MemberLines = {
  /** Adds a member whose lines are read again later; returns its number. */
  add(place: MemberPlace): number;
  line(place: LinePlace): string;
};

/** `keep` members' lines are kept at a time, the least recently read one dropped first. */
export function createMemberLines(bytes: Uint8Array, keep = 4): MemberLines {
  const places: MemberPlace[] = [];
  const kept = new Map<number, readonly string[]>();
  const linesOf = (member: number): readonly string[] => {
    const known = kept.get(member);
    if (known !== undefined) {
      kept.delete(member);
      kept.set(member, known);
      return known;
    }
    const place = places[member];
    if (place === undefined) throw new Error(`snapshot: no member ${member}`);
    const lines = inflateMember(bytes, place).split('\n');
    kept.set(member, lines);
    if (kept.size > keep) kept.delete(kept.keys().next().value as number);
    return lines;
  };
  return {
    add: (place) => places.push(place) - 1,
    line: (place) => {
      const member = Math.floor(place / perMember);
      const line = linesOf(member)[place % perMember];
      if (line === undefined) throw new Error(`snapshot: no line ${place % perMember}`);
      return line;
    },
  };
}
