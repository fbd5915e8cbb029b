import { readFileSync } from 'node:fs';
import { parsePack } from '../../src/engine/pack.js';
import type { Pack } from '../../src/engine/schema.js';

const fixtureUrl = new URL('../fixtures/small-pack.json', import.meta.url);

/** A fresh, mutable copy of the fixture pack as raw JSON. */
export function rawFixture(): Record<string, any> {
  return JSON.parse(readFileSync(fixtureUrl, 'utf8'));
}

export function fixturePack(): Pack {
  return parsePack(rawFixture());
}
