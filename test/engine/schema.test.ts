import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../src/engine/schema.js';

describe('rules/rule-pack.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../rules/rule-pack.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(packJsonSchema());
  });

  it('describes the fields authors fill in, closed to unknown fields', () => {
    const schema = packJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'id',
        'version',
        'title',
        'jurisdiction',
        'locales',
        'effectiveFrom',
        'status',
        'levels',
        'services',
        'questionnaire',
        'rules',
        'policy',
        'default',
      ]),
    );
  });
});
