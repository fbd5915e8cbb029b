/**
 * Generated packs and caseloads for benchmarks: sized like a real threshold document
 * (dozens of graded questions, a factor list, history) and deterministic (seeded).
 */
import type { Answers } from '../../src/engine/schema.js';

/** A small seeded PRNG (mulberry32) so every run measures the same work. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (value: string) => ({ en: value });
const LEVELS = ['level-1', 'level-2', 'level-3', 'level-4'];
const FACTORS = [
  'domestic-abuse',
  'mental-health',
  'substance-misuse',
  'criminality',
  'neglect',
  'exploitation',
  'missing',
  'housing',
];

/** A valid pack with `ruleCount` rules over `sections × perSection` graded questions plus factors and history. */
export function generatePack(ruleCount = 100, sections = 4, perSection = 8): Record<string, unknown> {
  const rand = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const sectionList = Array.from({ length: sections }, (_, s) => ({
    id: `domain-${s}`,
    title: text(`Domain ${s}`),
    questions: Array.from({ length: perSection }, (_, q) => ({
      id: `q-${s}-${q}`,
      type: 'single-choice',
      required: true,
      text: text(`Question ${s}.${q}`),
      options: [
        ...LEVELS.map((level, i) => ({ value: `g${i + 1}`, label: text(`Grade ${i + 1}`), level })),
        { value: 'unknown', label: text("Don't know") },
      ],
    })),
  }));
  sectionList.push({
    id: 'factors',
    title: text('Factors'),
    questions: [
      {
        id: 'factors',
        type: 'multiple-choice',
        required: false,
        text: text('Factors'),
        options: FACTORS.map((f) => ({ value: f, label: text(f) })),
      } as never,
      ...FACTORS.map(
        (f) =>
          ({
            id: `duration-${f}`,
            type: 'single-choice',
            required: true,
            showIf: { in: [f, { var: 'factors' }] },
            text: text(`How long: ${f}`),
            options: ['short', 'medium', 'long'].map((d) => ({ value: d, label: text(d) })),
          }) as never,
      ),
      {
        id: 'engagement',
        type: 'single-choice',
        required: true,
        text: text('Engagement'),
        options: ['engaging', 'inconsistent', 'avoiding'].map((v) => ({ value: v, label: text(v) })),
      } as never,
      { id: 'previous-plan', type: 'yes-no-unsure', required: true, text: text('Previous plan') } as never,
    ],
  });
  const questionIds = sectionList.slice(0, sections).flatMap((s) => s.questions.map((q) => q.id));
  const shapes: Array<() => unknown> = [
    () => ({ '>=': [{ var: `$level.${pick(questionIds)}` }, 2 + Math.floor(rand() * 3)] }),
    () => ({ '>=': [{ var: `$section.domain-${Math.floor(rand() * sections)}` }, 2 + Math.floor(rand() * 3)] }),
    () => ({ '>=': [{ count: FACTORS.slice(0, 3).map((f) => ({ in: [f, { var: 'factors' }] })) }, 2] }),
    () => ({
      and: [
        { '==': [{ var: `duration-${pick(FACTORS)}` }, 'long'] },
        { '>=': [{ max: [{ var: '$section.domain-0' }, { var: '$section.domain-1' }] }, 2] },
      ],
    }),
    () => ({
      and: [
        { '==': [{ var: 'engagement' }, 'avoiding'] },
        { '>=': [{ var: `$section.domain-${Math.floor(rand() * sections)}` }, 3] },
      ],
    }),
    () => ({
      or: [
        { '==': [{ var: 'previous-plan' }, 'yes'] },
        { some: [{ var: 'factors' }, { '==': [{ var: '' }, pick(FACTORS)] }] },
      ],
    }),
    () => ({ '>=': [{ count: questionIds.slice(0, 6).map((id) => ({ '>=': [{ var: `$level.${id}` }, 3] })) }, 2] }),
  ];
  const rules = Array.from({ length: ruleCount }, (_, i) => ({
    id: `rule-${i}`,
    kind: i % 17 === 16 ? 'strength' : 'concern',
    ...(i % 17 === 16 ? {} : { level: LEVELS[1 + (i % 3)] }),
    when: shapes[i % shapes.length]!(),
    rationale: text(`Rule ${i} held.`),
  }));
  return {
    id: 'bench',
    version: '1.0.0',
    title: text('Benchmark pack'),
    jurisdiction: 'england',
    locales: ['en'],
    effectiveFrom: '2020-01-01',
    status: 'draft',
    provenance: { sources: [] },
    levels: LEVELS.map((id, i) => ({
      id,
      rank: i + 1,
      name: text(`Level ${i + 1}`),
      description: text(`Level ${i + 1}`),
    })),
    services: LEVELS.map((id) => ({
      id: `service-${id}`,
      name: text(id),
      description: text(id),
      contact: { phone: '01632 960000' },
      levels: [id],
    })),
    questionnaire: { sections: sectionList },
    rules,
    policy: { combine: 'highest-rank', strengths: 'note-only' },
    default: { level: 'level-1', rationale: text('Nothing of concern.') },
  };
}

/** `count` complete answer sets for a generated pack (or any pack with the same question types). */
export function generateCases(pack: Record<string, any>, count: number, seed = 7): Answers[] {
  const rand = random(seed);
  const questions = (pack.questionnaire.sections as Array<{ questions: Array<Record<string, any>> }>).flatMap(
    (s) => s.questions,
  );
  return Array.from({ length: count }, () => {
    const answers: Record<string, string | string[] | number> = {};
    for (const question of questions) {
      const options: string[] =
        question.type === 'yes-no-unsure'
          ? ['yes', 'no', 'not-sure']
          : (question.options ?? []).map((o: { value: string }) => o.value);
      // Skew towards "no concern" as a real caseload is.
      const skewed = () => options[Math.min(options.length - 1, Math.floor(rand() ** 2.2 * options.length))]!;
      if (question.type === 'multiple-choice') {
        const chosen = options.filter(() => rand() < 0.15);
        answers[question.id] = chosen;
      } else if (question.type === 'number') answers[question.id] = Math.floor(rand() * 10);
      else if (question.type === 'text') answers[question.id] = 'A note.';
      else answers[question.id] = skewed();
    }
    return answers;
  });
}
