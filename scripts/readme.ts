// Rewrites the README's generated sections (see readme-sections.ts).
import {readFileSync, writeFileSync} from 'node:fs';
import {updateReadme} from './readme-sections.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, updateReadme(readFileSync(path, 'utf8')));
