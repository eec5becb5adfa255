import {describe, expect, it} from 'vitest';
import {meowFlags, optionDocs} from '../../source/config/options.js';

const kebab = (key: string): string => key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);

describe('options', () => {
  it('documents every meow flag, with its short flag, and nothing else', () => {
    // A boolean that defaults to true is documented as its negation (--no-bell).
    const fromMeow = Object.entries(meowFlags).map(([key, flag]) =>
      'shortFlag' in flag
        ? `--${kebab(key)}, -${flag.shortFlag}`
        : 'default' in flag && flag.default === true
          ? `--no-${kebab(key)}`
          : `--${kebab(key)}`,
    );
    expect(optionDocs.map((doc) => doc.flag)).toEqual(fromMeow);
  });
});
