// The texts the benchmarks run on: the articles written for the tests, and
// the seed corpus when ../shared/corpus is there (read at run time, never
// copied). Longer texts are made by cycling them, each copy's paragraphs
// marked with its number so that no line repeats (a repeated line would be
// taken for a photo caption's second copy and set aside).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function sourceTexts() {
  const texts = [];
  const fixtures = join(here, '..', 'fixtures');
  for (const f of readdirSync(fixtures).sort()) texts.push(readFileSync(join(fixtures, f), 'utf8'));
  const seeds = join(here, '..', '..', '..', 'shared', 'corpus', 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) texts.push(readFileSync(join(seeds, f), 'utf8'));
  else console.error('bench: ../shared/corpus/seeds is absent; using the test fixtures only');
  return texts;
}

/** About `words` words, made by cycling the source articles. */
export function articleOfWords(words) {
  const parts = sourceTexts();
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const copy = Math.floor(i / parts.length);
    const text = parts[i % parts.length];
    out.push(copy === 0 ? text : text.split(/\n+/).filter((p) => p.trim()).map((p) => `[${copy}] ${p}`).join('\n\n'));
    count += text.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}
