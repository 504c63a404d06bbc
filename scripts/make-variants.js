#!/usr/bin/env node
/**
 * Write fixtures/variants/<name>/input.md: the seed report rewritten in the
 * other shapes real transcriptions take (heading levels, underscores, CRLF,
 * a byte-order mark, header forms, numbering style, missing parts). The tests
 * check that each variant reads as the seed does, so every expectation about
 * a variant rests on the hand-checked facts about the seed.
 *
 * Run after changing the seed fixture: node scripts/make-variants.js
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const seed = readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.md', 'utf8');
const HEADER = /<b>Date of Inspection<\/b>[\s\S]*?<b>Sue Eardley<\/b>\n/;
const header = [
  ['Date of Inspection', '28 June – 9th July 2010'],
  ['Date of final Report', '23rd August 2010'],
  ['Chief Executive', 'Ms Sheila Bremner'],
  ['Organisation Name', 'Mid Essex PCT (plus mid Essex NHS Trust)'],
  ['Organisation Address', 'Swift House, Hedgerows Business park, Chelmsford'],
  ['CQC Inspector name', 'Sue Eardley'],
];

/** Replace every heading line with one of several forms, in turn. */
function mixHeadings(text) {
  let n = 0;
  return text.replace(/^#{2,4} (.+)$/gm, (_line, title) => {
    const words = title.replace(/\*\*/g, '');
    switch (n++ % 5) {
      case 0:
        return `# ${words}`;
      case 1:
        return `${words}\n${'='.repeat(words.length)}`;
      case 2:
        return `**${words}**`;
      case 3:
        return `###### ${words}`;
      default:
        return `${words}\n${'-'.repeat(words.length)}`;
    }
  });
}

const variants = {
  'heading-levels': mixHeadings(seed),
  underscore: seed.replace(/(^|[\s(])\*(?=[^\s*])([^*\n]+?)\*(?=$|[\s.,)])/gm, '$1_$2_'),
  crlf: seed.replace(/\n/g, '\r\n'),
  bom: `\uFEFF${seed}`,
  'pipe-table-header': seed.replace(
    HEADER,
    `| | |\n|---|---|\n${header.map(([label, value]) => `| ${label} | ${value} |`).join('\n')}\n`,
  ),
  'colon-header': seed.replace(HEADER, `${header.map(([label, value]) => `${label}: ${value}`).join('  \n')}\n`),
  'trailing-dot-numbers': seed.replace(/^(\*?)(\d{1,2}\.\d{1,2})(?!\.)\s/gm, '$1$2. '),
  'no-header': seed.replace(HEADER, ''),
  'no-recommendations': seed.replace(/## 12 Recommendations[\s\S]*?(?=### 13 Next steps)/, ''),
  // The 2.4 extract opens its italics in one paragraph and closes them in the next.
  'split-italics': seed.replace(
    /\*2\.4 ([^*]+)\*\n\n\*to meet ([^*]+)\*/,
    (_m, first, second) => `*2.4 ${first}\n\nto meet ${second}*`,
  ),
};

for (const [name, text] of Object.entries(variants)) {
  if (text === seed && name !== 'bom') throw new Error(`variant ${name} changed nothing`);
  const dir = join('fixtures', 'variants', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'input.md'), text);
}
console.log(`wrote ${Object.keys(variants).length} variants`);
