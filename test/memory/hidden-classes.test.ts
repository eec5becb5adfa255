// Objects held for the whole session share their hidden class. In Node 20's V8 a copy made with
// object spread plus one more property (`{...token, styles}`) gets a class of its own: thousands
// held at once cost memory (about 80-200 bytes each) and make every read of them megamorphic. Each
// check runs in a Node of its own, which may ask V8 whether two objects share their class.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {inkBuildDir} from '../../scripts/ink-patched.mjs';

const root = path.join(import.meta.dirname, '../..');

/** Runs `script` (an ES module that may call `sameClass(a, b)`) and parses what it writes. */
function report(script: string, ...nodeOptions: string[]): unknown {
  const prelude = "const sameClass = new Function('a', 'b', 'return %HaveSameMap(a, b)');\n";
  const written = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', ...nodeOptions, '--input-type=module', '--eval', prelude + script],
    {cwd: root, encoding: 'utf8'},
  );
  return JSON.parse(written);
}

describe("Ink's styled chars (the previous frame's cache holds a screenful)", () => {
  it('share one hidden class and draw the same line', () => {
    const outputModule = pathToFileURL(path.join(inkBuildDir(root), 'output.js')).href;
    const script = `
      const {default: Output} = await import(${JSON.stringify(outputModule)});
      const output = new Output({width: 30, height: 2});
      output.write(0, 0, '\\x1b[31mred\\x1b[39m plain', {transformers: []});
      output.write(0, 1, '\\x1b[1mbold\\x1b[22m and more', {transformers: []});
      const drawn = output.get().output;
      const chars = [...output.caches.styledChars.values()].flat();
      const classes = chars.filter((char, index) => index > 0 && !sameClass(char, chars[0])).length;
      const styles = new Set(chars.map((char) => char.styles)).size;
      process.stdout.write(JSON.stringify({drawn, chars: chars.length, classes, styles}));
    `;
    expect(report(script)).toEqual({
      drawn: '\x1b[31mred\x1b[39m plain\n\x1b[1mbold\x1b[22m and more',
      chars: 'red plain'.length + 'bold and more'.length,
      // Stock Ink 6.8 (ansi-tokenize's object spread): 6 here, one per char on a whole screen.
      classes: 0,
      // red, none, bold, none again: each run of one style shares its array.
      styles: 4,
    });
  });
});

describe('a loaded recording (a replay holds every entry)', () => {
  it("holds the demo's 7,600 answered entries in one hidden class", () => {
    const loader = pathToFileURL(path.join(root, 'source/record-replay/snapshot-file.ts')).href;
    const demo = path.join(root, 'demo/nova-incident.jsonl.gz');
    const script = `
      const {loadSnapshot} = await import(${JSON.stringify(loader)});
      const {snapshot} = await loadSnapshot(${JSON.stringify(demo)});
      const answered = snapshot.entries.filter((entry) => 'response' in entry);
      const others = answered.filter((entry) => !sameClass(entry, answered[0])).length;
      process.stdout.write(JSON.stringify({many: answered.length > 5000, others}));
    `;
    // Entries spread from one base object: 7,638 classes.
    expect(report(script, '--import', 'tsx')).toEqual({many: true, others: 0});
  });
});
