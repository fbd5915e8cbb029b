/**
 * Reading a rule pack at the boundary: structure (zod), then the cross-references a
 * schema cannot express. Every problem found is reported at once, each with its JSON
 * path and a sentence a rule author can act on, because authors fix packs in batches.
 */
import type { EngineStrings } from '../i18n/engine.js';
import { engineStrings } from '../i18n/engine.js';
import { canonicalJson, sha256Hex } from './hash.js';
import { namesRead, nonOperationObjects, OPERATORS, walkLogic } from './logic.js';
import {
  LOCALES,
  PackSchema,
  PATTERNS,
  type Locale,
  type Pack,
  type Question,
  type Rule,
  type Section,
  type Text,
} from './schema.js';

export type PathSegment = string | number;

export interface PackProblem {
  /** JSONPath of the offending value, e.g. `$.rules[3].when.and[1].var`. */
  readonly path: string;
  /** The ids of the enclosing items, e.g. `section "safety" › question "danger"`, to find it in the file. */
  readonly where: string;
  /** Stable machine-readable code, e.g. `logic.unknown-var`. */
  readonly code: string;
  readonly message: string;
}

/** A pack that cannot be used, with every problem found. */
export class PackError extends Error {
  override readonly name = 'PackError';
  constructor(
    readonly problems: readonly PackProblem[],
    summary: string,
  ) {
    super(
      `${summary}\n${problems.map((p) => `- ${p.path}${p.where ? ` (${p.where})` : ''}: ${p.message}`).join('\n')}`,
    );
  }
}

export interface ParseOptions {
  /** Language of the problem sentences; English unless given. */
  readonly locale?: Locale;
}

/** Formats path segments as JSONPath: `$.a.b[0]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    out +=
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `.${segment}`
          : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const ITEM_KINDS: Readonly<Record<string, keyof EngineStrings['packProblems']['names']['items']>> = {
  levels: 'level',
  floors: 'floor',
  services: 'service',
  sections: 'section',
  questions: 'question',
  options: 'option',
  rules: 'rule',
};

/** Describes where a path sits by the ids of the items it passes through. */
function describeWhere(raw: unknown, segments: readonly PathSegment[], t: EngineStrings['packProblems']): string {
  const parts: string[] = [];
  let node: unknown = raw;
  let container = '';
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PathSegment, unknown>)[segment];
    if (typeof segment === 'number' && node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const id =
        typeof record.id === 'string' ? record.id : typeof record.value === 'string' ? record.value : undefined;
      const kind = ITEM_KINDS[container];
      if (id !== undefined && kind) parts.push(`${t.names.items[kind]} "${id}"`);
    }
    if (typeof segment === 'string') container = segment;
  }
  return parts.join(' › ');
}

function valueAt(raw: unknown, segments: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly minimum?: number | bigint;
  readonly origin?: string;
  readonly pattern?: string;
  readonly issues?: readonly ZodIssueLike[];
}

/** Zod issues as problems an author can act on; shared by packs and golden cases. */
export function schemaProblems(
  raw: unknown,
  issues: readonly ZodIssueLike[],
  t: EngineStrings['packProblems'],
): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (segments: readonly PropertyKey[], code: string, message: string) => {
    const path = segments.filter((s): s is PathSegment => typeof s !== 'symbol');
    problems.push({ path: formatPath(path), where: describeWhere(raw, path, t), code, message });
  };
  const { names } = t;
  const formats: Readonly<Record<string, string>> = {
    [String(PATTERNS.id)]: names.formats.id,
    [String(PATTERNS.date)]: names.formats.date,
    [String(PATTERNS.version)]: names.formats.version,
  };
  for (const issue of issues) {
    switch (issue.code) {
      case 'invalid_type':
        if (valueAt(raw, issue.path) === undefined) add(issue.path, 'schema.required', t.required());
        else
          add(
            issue.path,
            'schema.type',
            t.wrongType(names.types[issue.expected as keyof typeof names.types] ?? String(issue.expected)),
          );
        break;
      case 'unrecognized_keys': {
        // In a text, an unknown key is a language the format does not support.
        const container = valueAt(raw, issue.path);
        const isText = !!container && typeof container === 'object' && LOCALES.some((locale) => locale in container);
        for (const key of issue.keys ?? []) {
          if (isText) add([...issue.path, key], 'schema.locale', t.badLocale(LOCALES));
          else add([...issue.path, key], 'schema.unknown-field', t.unknownField(key));
        }
        break;
      }
      case 'invalid_format': {
        add(issue.path, 'schema.format', t.badFormat(formats[issue.pattern ?? ''] ?? String(issue.pattern)));
        break;
      }
      case 'invalid_value':
        add(issue.path, 'schema.not-one-of', t.notOneOf((issue.values ?? []).map((v) => JSON.stringify(v))));
        break;
      case 'too_small':
        if (issue.origin === 'array') add(issue.path, 'schema.too-few', t.tooFew(Number(issue.minimum)));
        else if (issue.origin === 'string') add(issue.path, 'schema.empty', t.wrongType(names.notEmpty));
        else add(issue.path, 'schema.too-small', t.badFormat(names.atLeast(String(issue.minimum))));
        break;
      case 'invalid_key':
        add(issue.path, 'schema.locale', t.badLocale(LOCALES));
        break;
      default:
        add(issue.path, 'schema.invalid', t.invalid());
    }
  }
  return problems;
}

/** Every user-facing text of a pack with its path: for locale checks, markup checks and rendering. */
export function forEachText(pack: Pack, visit: (text: Text, path: readonly PathSegment[]) => void): void {
  const opt = (text: Text | undefined, path: readonly PathSegment[]) => {
    if (text) visit(text, path);
  };
  visit(pack.title, ['title']);
  opt(pack.summary, ['summary']);
  opt(pack.provenance.disclaimer, ['provenance', 'disclaimer']);
  pack.floors?.forEach((floor, i) => visit(floor.statement, ['floors', i, 'statement']));
  opt(pack.policy.uncertainty?.rationale, ['policy', 'uncertainty', 'rationale']);
  const uncertaintySource = pack.policy.uncertainty?.source?.title;
  if (uncertaintySource !== undefined && typeof uncertaintySource !== 'string')
    visit(uncertaintySource, ['policy', 'uncertainty', 'source', 'title']);
  pack.levels.forEach((level, i) => {
    visit(level.name, ['levels', i, 'name']);
    visit(level.description, ['levels', i, 'description']);
  });
  if (pack.urgent) {
    visit(pack.urgent.name, ['urgent', 'name']);
    visit(pack.urgent.description, ['urgent', 'description']);
    visit(pack.urgent.action, ['urgent', 'action']);
  }
  pack.services.forEach((service, i) => {
    visit(service.name, ['services', i, 'name']);
    visit(service.description, ['services', i, 'description']);
    opt(service.nextSteps, ['services', i, 'nextSteps']);
    opt(service.contact.hours, ['services', i, 'contact', 'hours']);
    opt(service.contact.outOfHours?.hours, ['services', i, 'contact', 'outOfHours', 'hours']);
  });
  pack.questionnaire.sections.forEach((section, s) => {
    const base = ['questionnaire', 'sections', s] as const;
    visit(section.title, [...base, 'title']);
    opt(section.description, [...base, 'description']);
    section.questions.forEach((question, q) => {
      visit(question.text, [...base, 'questions', q, 'text']);
      opt(question.short, [...base, 'questions', q, 'short']);
      opt(question.hint, [...base, 'questions', q, 'hint']);
      question.options?.forEach((option, o) => {
        visit(option.label, [...base, 'questions', q, 'options', o, 'label']);
        opt(option.short, [...base, 'questions', q, 'options', o, 'short']);
        opt(option.hint, [...base, 'questions', q, 'options', o, 'hint']);
      });
    });
  });
  pack.rules.forEach((rule, i) => {
    visit(rule.rationale, ['rules', i, 'rationale']);
    if (rule.source && typeof rule.source.title !== 'string') visit(rule.source.title, ['rules', i, 'source', 'title']);
  });
  pack.provenance.sources.forEach((source, i) => {
    if (typeof source.title !== 'string') visit(source.title, ['provenance', 'sources', i, 'title']);
  });
  visit(pack.default.rationale, ['default', 'rationale']);
}

/** A question with where it sits, in questionnaire order. */
export interface QuestionEntry {
  readonly question: Question;
  readonly section: Section;
  /** Position in the whole questionnaire. */
  readonly index: number;
  readonly path: readonly PathSegment[];
}

export function listQuestions(pack: Pack): QuestionEntry[] {
  const entries: QuestionEntry[] = [];
  pack.questionnaire.sections.forEach((section, s) =>
    section.questions.forEach((question, q) =>
      entries.push({
        question,
        section,
        index: entries.length,
        path: ['questionnaire', 'sections', s, 'questions', q],
      }),
    ),
  );
  return entries;
}

/** A question whose options carry levels: a graded descriptor. */
export function isGraded(question: Question): boolean {
  return question.type === 'single-choice' && (question.options ?? []).some((option) => option.level !== undefined);
}

/** Namespaces the engine adds beside the answers; question ids cannot start with "$". */
export const DERIVED = { level: '$level', section: '$section', outcome: '$outcome' } as const;

/**
 * What a `var` path reads: an answer (`q`), a graded answer's level (`$level.q`), a
 * section's highest level (`$section.s`) or, in advice, the outcome (`$outcome.level`).
 * `exact` is false when the path goes deeper than that (`q.x`, `$level.q.x`), which
 * never names anything the rules are given. The one place paths are taken apart.
 */
export type VarRead =
  | { readonly kind: 'answer' | 'level' | 'section'; readonly id: string; readonly exact: boolean }
  | { readonly kind: 'outcome'; readonly field: string };

export function readOf(path: string | number): VarRead {
  const parts = String(path).split('.');
  const [head = '', second = ''] = parts;
  if (head === DERIVED.outcome) return { kind: 'outcome', field: second };
  if (head === DERIVED.level) return { kind: 'level', id: second, exact: parts.length === 2 };
  if (head === DERIVED.section) return { kind: 'section', id: second, exact: parts.length === 2 };
  return { kind: 'answer', id: head, exact: parts.length === 1 };
}

/** The path a rule uses to read a graded question's level or a section's highest level. */
export function derivedPath(kind: 'level' | 'section', id: string): string {
  return `${DERIVED[kind]}.${id}`;
}

function semanticProblems(pack: Pack, t: EngineStrings['packProblems']): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: readonly PathSegment[], code: string, message: string) =>
    problems.push({ path: formatPath(path), where: describeWhere(pack, path, t), code, message });

  // Locales and text.
  const declared = new Set<string>();
  pack.locales.forEach((locale, i) => {
    if (declared.has(locale)) add(['locales', i], 'locales.duplicate', t.duplicateLocale(locale));
    declared.add(locale);
  });
  forEachText(pack, (text, path) => {
    for (const locale of declared)
      if (!text[locale as Locale]) add([...path], 'text.missing-locale', t.missingText(locale));
    for (const locale of Object.keys(text))
      if (!declared.has(locale)) add([...path, locale], 'text.undeclared-locale', t.undeclaredText(locale));
  });

  // Identity and dates.
  // The format says YYYY-MM-DD; the day must also exist (no 2024-02-30, no 9999-99-99).
  const realDay = (day: string) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
  };
  const dates: [string | undefined, PathSegment[]][] = [
    [pack.effectiveFrom, ['effectiveFrom']],
    [pack.effectiveTo, ['effectiveTo']],
    [pack.provenance.approvedOn, ['provenance', 'approvedOn']],
  ];
  for (const [day, path] of dates)
    if (day !== undefined && !realDay(day)) add(path, 'schema.format', t.badFormat(t.names.formats.date));
  if (pack.effectiveTo && pack.effectiveTo < pack.effectiveFrom)
    add(['effectiveTo'], 'dates.reversed', t.datesReversed());
  if (pack.status === 'approved' && !pack.provenance.approvedBy)
    add(['provenance'], 'provenance.approval-missing', t.approvalMissing());

  // Unique ids.
  const unique = (
    kind: keyof typeof t.names.items,
    items: ReadonlyArray<{ id: string; path: readonly PathSegment[] }>,
  ) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) add([...item.path, 'id'], 'id.duplicate', t.duplicateId(t.names.items[kind], item.id));
      seen.add(item.id);
    }
    return seen;
  };
  const levelIds = unique('level', [
    ...pack.levels.map((level, i) => ({ id: level.id, path: ['levels', i] as PathSegment[] })),
    ...(pack.urgent ? [{ id: pack.urgent.id, path: ['urgent'] as PathSegment[] }] : []),
  ]);
  const ranks = new Set<number>();
  pack.levels.forEach((level, i) => {
    if (ranks.has(level.rank)) add(['levels', i, 'rank'], 'level.duplicate-rank', t.duplicateRank(level.rank));
    ranks.add(level.rank);
  });
  const serviceIds = unique(
    'service',
    pack.services.map((service, i) => ({ id: service.id, path: ['services', i] })),
  );
  const sectionIds = unique(
    'section',
    pack.questionnaire.sections.map((section, i) => ({ id: section.id, path: ['questionnaire', 'sections', i] })),
  );
  const entries = listQuestions(pack);
  unique(
    'question',
    entries.map((entry) => ({ id: entry.question.id, path: entry.path })),
  );
  unique(
    'rule',
    pack.rules.map((rule, i) => ({ id: rule.id, path: ['rules', i] })),
  );

  const checkLevel = (id: string | undefined, path: readonly PathSegment[]) => {
    if (id !== undefined && !levelIds.has(id)) add(path, 'ref.unknown-level', t.unknownLevel(id));
  };
  /** A level a concern points to, a strength caps at or the default gives: one of the levels, never the urgent outcome. */
  const checkRankedLevel = (id: string | undefined, path: readonly PathSegment[]) => {
    if (id !== undefined && id === pack.urgent?.id) add(path, 'ref.urgent-not-a-level', t.urgentNotALevel(id));
    else checkLevel(id, path);
  };
  const checkService = (id: string | undefined, path: readonly PathSegment[]) => {
    if (id !== undefined && !serviceIds.has(id)) add(path, 'ref.unknown-service', t.unknownService(id));
  };

  // Services.
  pack.services.forEach((service, i) => {
    service.levels.forEach((level, l) => checkLevel(level, ['services', i, 'levels', l]));
    const { phone, email, web } = service.contact;
    if (!phone && !email && !web) add(['services', i, 'contact'], 'service.no-contact', t.noContact());
  });
  if (pack.urgent && !pack.services.some((service) => service.levels.includes(pack.urgent!.id))) {
    add(['urgent'], 'urgent.no-service', t.urgentServiceMissing());
  }

  // Questions and options.
  for (const { question, path } of entries) {
    const choice = question.type === 'single-choice' || question.type === 'multiple-choice';
    if (choice && !question.options) add(path, 'question.options-required', t.optionsRequired(question.type));
    if (!choice && question.options)
      add([...path, 'options'], 'question.options-not-allowed', t.optionsNotAllowed(question.type));
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      add([...path, 'min'], 'question.bounds-reversed', t.boundsReversed());
    }
    const values = new Set<string>();
    question.options?.forEach((option, o) => {
      const optionPath = [...path, 'options', o];
      if (values.has(option.value))
        add([...optionPath, 'value'], 'option.duplicate-value', t.duplicateOption(option.value));
      values.add(option.value);
      if (option.level !== undefined && question.type !== 'single-choice') {
        add([...optionPath, 'level'], 'option.level-not-allowed', t.optionLevelNotAllowed());
      } else checkLevel(option.level, [...optionPath, 'level']);
    });
  }

  // Logic: operators and references.
  const position = new Map(entries.map((entry) => [entry.question.id, entry] as const));
  const checkLogic = (
    logic: unknown,
    base: readonly PathSegment[],
    scope: { kind: 'showIf'; index: number; id: string } | { kind: 'rule'; rule: Rule },
  ) => {
    for (const { path, keys } of nonOperationObjects(logic))
      add([...base, ...path], 'logic.not-an-operation', t.notAnOperation(keys));
    walkLogic(logic, ({ op, args, path, scoped }) => {
      const at = [...base, ...path];
      if (!OPERATORS.has(op)) {
        add(at, 'logic.unknown-operator', t.unknownOperator(op));
        return;
      }
      // The argument shapes json-logic-js itself throws on, found by running every operator
      // on every small shape: refused here so a pack that parses always evaluates.
      if (op === '*' && args.length === 0) add(at, 'logic.bad-arguments', t.badArguments(op, 1));
      if (op === 'missing_some' && (args.length !== 2 || !Array.isArray(args[1])))
        add(at, 'logic.bad-arguments', t.badMissingSome());
      if (scoped) return;
      for (const name of namesRead(op, args)) {
        if (typeof name !== 'string' && typeof name !== 'number') continue;
        if (String(name).split('.')[0] === '') continue;
        const read = readOf(name);
        if (read.kind === 'outcome') {
          if (scope.kind !== 'rule' || scope.rule.kind !== 'advice')
            add(at, 'logic.outcome-outside-advice', t.outcomeOutsideAdvice(String(name)));
          else if (read.field !== 'level' && read.field !== 'rank')
            add(at, 'logic.unknown-var', t.unknownVar(String(name)));
          continue;
        }
        if (read.kind === 'section') {
          if (scope.kind === 'showIf' || !sectionIds.has(read.id))
            add(at, 'logic.unknown-var', t.unknownVar(String(name)));
          continue;
        }
        const target = position.get(read.id);
        if (!target) {
          add(at, 'logic.unknown-var', t.unknownVar(String(name)));
          continue;
        }
        if (read.kind === 'level' && !isGraded(target.question))
          add(at, 'logic.not-graded', t.notGraded(target.question.id));
        if (scope.kind === 'showIf') {
          if (target.index === scope.index) add(at, 'logic.self-reference', t.selfReference(scope.id));
          else if (target.index > scope.index) add(at, 'logic.later-question', t.laterQuestion(target.question.id));
        }
      }
    });
  };
  for (const { question, path, index } of entries) {
    if (question.showIf !== undefined)
      checkLogic(question.showIf, [...path, 'showIf'], { kind: 'showIf', index, id: question.id });
  }

  // Rules.
  pack.rules.forEach((rule, i) => {
    const path = ['rules', i];
    checkLogic(rule.when, [...path, 'when'], { kind: 'rule', rule });
    if (rule.kind === 'concern' && rule.level === undefined) add(path, 'rule.level-required', t.concernNeedsLevel());
    if (rule.kind !== 'concern' && rule.level !== undefined)
      add([...path, 'level'], 'rule.level-not-allowed', t.levelNotAllowed(rule.kind));
    checkRankedLevel(rule.level, [...path, 'level']);
    checkService(rule.service, [...path, 'service']);
    if (rule.cap !== undefined) {
      if (rule.kind !== 'strength') add([...path, 'cap'], 'rule.cap-only-strength', t.capOnlyStrength());
      else if (pack.policy.strengths !== 'may-cap') add([...path, 'cap'], 'rule.cap-not-allowed', t.capNotAllowed());
      checkRankedLevel(rule.cap, [...path, 'cap']);
    }
    if (rule.kind === 'urgent' && !pack.urgent) add(path, 'rule.urgent-without-outcome', t.urgentWithoutOutcome());
  });
  checkRankedLevel(pack.default.level, ['default', 'level']);
  checkService(pack.default.service, ['default', 'service']);
  const uncertainty = pack.policy.uncertainty;
  if (uncertainty) {
    checkLogic(uncertainty.when, ['policy', 'uncertainty', 'when'], {
      kind: 'rule',
      rule: { kind: 'concern' } as Rule,
    });
    checkRankedLevel(uncertainty.level, ['policy', 'uncertainty', 'level']);
    // It appears among a result's rules under this id.
    pack.rules.forEach((rule, i) => {
      if (rule.id === 'uncertainty')
        add(['rules', i, 'id'], 'id.duplicate', t.duplicateId(t.names.items.rule, rule.id));
    });
    checkService(uncertainty.service, ['policy', 'uncertainty', 'service']);
  }

  // Floors read answers as rules do, and name a level and service the pack has.
  unique(
    'floor',
    (pack.floors ?? []).map((floor, i) => ({ id: floor.id, path: ['floors', i] })),
  );
  (pack.floors ?? []).forEach((floor, i) => {
    checkLogic(floor.when, ['floors', i, 'when'], { kind: 'rule', rule: { kind: 'concern' } as Rule });
    checkLevel(floor.atLeast, ['floors', i, 'atLeast']);
    checkService(floor.service, ['floors', i, 'service']);
  });
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Checks a rule pack (a parsed JSON value or JSON text) and returns it typed and frozen,
 * or throws a `PackError` listing every problem.
 */
/**
 * Limits a pack must keep, so that nothing recursive (checking, evaluating, hashing, proving)
 * can run out of stack or time: nesting of any part (rule logic included) and the size of the
 * JSON text. The shipped packs nest at most 14 deep and are under 250 KB.
 */
export const PACK_LIMITS = Object.freeze({ depth: 64, textLength: 5_000_000 });

/** The path of the first place `value` nests deeper than `limit`, found without recursion; or undefined. */
function tooDeep(value: unknown, limit: number): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value: item, path, depth } = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return path;
    if (Array.isArray(item))
      item.forEach((child, i) => stack.push({ value: child, path: `${path}[${i}]`, depth: depth + 1 }));
    else
      for (const [key, child] of Object.entries(item))
        stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
  }
  return undefined;
}

export function parsePack(input: unknown, options: ParseOptions = {}): Pack {
  const t = engineStrings(options.locale).packProblems;
  let raw = input;
  if (typeof input === 'string' && input.length > PACK_LIMITS.textLength) {
    throw new PackError(
      [{ path: '$', where: '', code: 'pack.too-large', message: t.tooLarge(PACK_LIMITS.textLength) }],
      t.summary(1),
    );
  }
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      const problem = { path: '$', where: '', code: 'json.syntax', message: t.notJson((error as Error).message) };
      throw new PackError([problem], t.summary(1));
    }
  }
  const deep = tooDeep(raw, PACK_LIMITS.depth);
  if (deep !== undefined)
    throw new PackError(
      [{ path: deep, where: '', code: 'pack.too-deep', message: t.tooDeep(PACK_LIMITS.depth) }],
      t.summary(1),
    );
  const parsed = PackSchema.safeParse(raw);
  const problems = parsed.success
    ? semanticProblems(parsed.data, t)
    : schemaProblems(raw, parsed.error.issues as unknown as ZodIssueLike[], t);
  if (problems.length > 0) throw new PackError(problems, t.summary(problems.length));
  const pack = deepFreeze(parsed.data!);
  parsedPacks.add(pack);
  return pack;
}

const parsedPacks = new WeakSet<object>();

/** The value came out of `parsePack` (so it may skip checking); a frozen look-alike did not. */
export function isParsedPack(value: unknown): value is Pack {
  return typeof value === 'object' && value !== null && parsedPacks.has(value);
}

const hashes = new WeakMap<Pack, string>();

/** SHA-256 (hex) of the pack's canonical JSON: the same for any formatting or key order. */
export function packHash(pack: Pack): string {
  let hash = hashes.get(pack);
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(pack));
    hashes.set(pack, hash);
  }
  return hash;
}
