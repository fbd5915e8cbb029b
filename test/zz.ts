import { readFileSync } from 'node:fs';
import { parsePack, whatWouldChange, whatIfText, whatIfLines } from '/work/main/src/engine/index.js';
const pack = parsePack(JSON.parse(readFileSync('/work/main/rules/continuum/2.0.0.json', 'utf8')));
for (const f of ['2.0.0-level-3-in-two-domains.json','2.0.0-chronic-neglect.json','2.0.0-young-carer.json','2.0.0-danger-yes-asks-nothing-else.json']) {
const c = JSON.parse(readFileSync('/work/main/rules/continuum/cases/'+f, 'utf8'));
for (const l of ['en','cy'] as const) console.log(whatIfLines(whatIfText(pack, whatWouldChange(pack, c.answers), l)).join('\n'));
}
