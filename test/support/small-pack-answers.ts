/** Answer sets for the small fixture pack (small-pack.json), shared by node and Chromium tests. */
import type { Answers } from '../../src/engine/schema.js';

/** A complete set of answers with no concern anywhere: Level 1, to vary one thing at a time. */
export const CALM: Answers = {
  danger: 'no',
  health: 'none',
  education: 'none',
  'basic-care': 'none',
  factors: ['none'],
  consent: 'agrees',
};

/** Level 3, a Level 2 concern also noted and a strength; consent agreed. */
export const LEVEL_3_WITH_STRENGTH: Answers = {
  ...CALM,
  health: 'l3',
  education: 'l2',
  strengths: ['protective-adult'],
};
