import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readmeSections, updateReadme} from '../../scripts/readme-sections.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it.each(Object.keys(readmeSections()))('has a %s section', (name) => {
    expect(readme).toContain(`<!-- ${name}:start -->`);
    expect(readme).toContain(`<!-- ${name}:end -->`);
  });

  it('has its key table, flag tables and dashboard list generated from the code (npm run generate)', () => {
    expect(readme).toBe(updateReadme(readme));
  });
});
