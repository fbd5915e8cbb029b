/**
 * FHIR R4 (4.0.1) export, for health partners whose systems speak FHIR: the pack's
 * questionnaire as a `Questionnaire`, the answers as a `QuestionnaireResponse` carrying the
 * recommendation in an extension, and both in a `collection` Bundle. Pure functions over
 * data; nothing leaves the page unless the caller sends it.
 *
 * Nothing identifying is emitted: no `subject`, `author`, `source` or `encounter`, no
 * identifiers. The receiving system links the response to a person under its own controls.
 *
 * Mapping (Questionnaire)
 * - One `group` item per section, `linkId` `section:<section-id>`. The prefix keeps link ids
 *   unique (que-2) where a pack names a section and a question alike (e.g. "factors"); a
 *   question id cannot contain ":", so the two never collide. A section description is a
 *   `display` item at the start of its group.
 * - One item per question, `linkId` = the question id: single-choice → `choice`;
 *   multiple-choice → `choice` with `repeats: true`; yes-no-unsure → `choice` with the codes
 *   `yes`, `no`, `not-sure`; text → `text` (with `maxLength`); number → `decimal` with the
 *   `minValue`/`maxValue` extensions. Always `decimal`, never `integer`: the pack format
 *   accepts any finite number as an answer even when the bounds are whole numbers, and every
 *   such number is a valid FHIR decimal, whereas `integer` would let the engine accept an
 *   answer (2.5) that the exported Questionnaire forbids.
 * - Choices are `answerOption.valueCoding` with system `urn:early-help-pathway:<pack-id>:<question-id>`,
 *   code = the option value, display = the label. A graded descriptor also carries the level it
 *   indicates in the extension `urn:early-help-pathway:option-level` (valueCoding in the
 *   system `urn:early-help-pathway:<pack-id>:level`).
 * - A question's hint is a `display` child item marked with the R4 `questionnaire-itemControl`
 *   extension, code `help`. Option hints are not exported.
 * - Texts are in the requested locale; every other locale the pack declares is added with the
 *   standard translation extension on the primitive (`_text`, `_title`, `_display`).
 *
 * Mapping (showIf → enableWhen). A `showIf` becomes `enableWhen` only where FHIR says exactly
 * the same thing, unanswered questions included (R4 defines `=` as "at least one answer
 * equals" and `!=` as "no answer equals", so `!=` holds for an unanswered question, as
 * JSON-Logic's `!=` does with null; a test checks the two agree on every golden case):
 * - `{"==": [{"var": q}, v]}` (or `===`, either order) → `q = v`; `!=`/`!==` → `q != v`, where q is
 *   a single-valued question (single-choice, yes-no-unsure: `answerCoding`; text:
 *   `answerString`; number: `answerDecimal`);
 * - `{"in": [v, {"var": q}]}` with q multiple-choice → `q = v` (R4: true when at least one
 *   answer equals v); `{"!": {"in": [v, {"var": q}]}}` → `q != v` (no answer equals v);
 * - `{"in": [{"var": q}, [v1, v2]]}` with q single-valued → `q = v1` or `q = v2`
 *   (`enableBehavior: any`);
 * - `{"!!": {"var": q}}` / `{"!": {"var": q}}` with q a choice or text → `exists` true / false;
 * - `and` of these → `enableBehavior: all`; `or` of these → `enableBehavior: any`.
 * Anything else (derived `$level`/`$section` values, `some`, `filter`, `count`, mixed
 * `and`/`or`, numeric comparisons, whose treatment of an unanswered question differs) is
 * kept whole as JSON text in the extension `urn:early-help-pathway:json-logic-show-if`
 * (valueString) and the item has no `enableWhen`: a form filler that does not read the
 * extension shows the item always, and the response still carries only what was asked.
 *
 * A required question whose showIf stays in the extension is exported without `required`:
 * a form filler that cannot read the JSON-Logic cannot know when the question is asked.
 *
 * Mapping (QuestionnaireResponse): `status` is `in-progress` while the recommendation is
 * provisional; `completed` when it is complete and every question the Questionnaire requires
 * is answered where asked; `stopped` when the outcome is urgent and the pack leaves required
 * questions asked but unanswered (the practitioner stopped to act; a validator would refuse
 * such a response as `completed`); `questionnaire` is `<url>|<version>`; items are nested as in
 * the Questionnaire (group → question) and hold only questions that were asked and answered
 * with a valid value; choices as `valueCoding`, notes as `valueString`, numbers as
 * `valueDecimal`. The recommendation is the complex extension `urn:early-help-pathway:recommendation`.
 */
import { yesNoLabels } from '../i18n/engine.js';
import { answerState, questionIndex } from './answers.js';
import { localize, type Recommendation } from './evaluate.js';
import { nextSteps } from './next-steps.js';
import type { Override } from './override.js';
import { YES_NO_UNSURE, type Answers, type Locale, type Pack, type Question, type Text } from './schema.js';

/** Extension and system URIs this export defines. */
export const FHIR_URIS = {
  /** The recommendation, on the QuestionnaireResponse. */
  recommendation: 'urn:early-help-pathway:recommendation',
  /** A showIf that has no exact enableWhen, kept as JSON-Logic text. */
  jsonLogicShowIf: 'urn:early-help-pathway:json-logic-show-if',
  /** On an answerOption: the level a graded description indicates. */
  optionLevel: 'urn:early-help-pathway:option-level',
} as const;

/** HL7-defined extensions used (all in FHIR R4 core). */
export const HL7_EXTENSIONS = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
} as const;

const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
  readonly _display?: FhirPrimitiveExtension;
}

export interface FhirExtension {
  readonly url: string;
  readonly valueString?: string;
  readonly valueCode?: string;
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueCoding?: FhirCoding;
  readonly valueCodeableConcept?: { readonly coding: readonly FhirCoding[]; readonly text?: string };
  readonly extension?: readonly FhirExtension[];
}

/** The extensions of a primitive value, e.g. `_text`. */
export interface FhirPrimitiveExtension {
  readonly extension: readonly FhirExtension[];
}

export type FhirItemType = 'group' | 'display' | 'choice' | 'text' | 'decimal';

export interface FhirEnableWhen {
  readonly question: string;
  readonly operator: 'exists' | '=' | '!=';
  readonly answerBoolean?: boolean;
  readonly answerDecimal?: number;
  readonly answerString?: string;
  readonly answerCoding?: FhirCoding;
}

export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly _text?: FhirPrimitiveExtension;
  readonly type: FhirItemType;
  readonly extension?: readonly FhirExtension[];
  readonly enableWhen?: readonly FhirEnableWhen[];
  readonly enableBehavior?: 'all' | 'any';
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly maxLength?: number;
  readonly answerOption?: readonly {
    readonly valueCoding: FhirCoding;
    readonly extension?: readonly FhirExtension[];
  }[];
  readonly item?: readonly FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly id: string;
  readonly language: Locale;
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly _title?: FhirPrimitiveExtension;
  readonly status: 'draft' | 'active';
  readonly experimental?: boolean;
  readonly date: string;
  readonly publisher?: string;
  readonly approvalDate?: string;
  readonly effectivePeriod: { readonly start: string; readonly end?: string };
  readonly item: readonly FhirQuestionnaireItem[];
}

export interface FhirAnswer {
  readonly valueCoding?: FhirCoding;
  readonly valueString?: string;
  readonly valueDecimal?: number;
}

export interface FhirResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirAnswer[];
  readonly item?: readonly FhirResponseItem[];
}

export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly language: Locale;
  readonly extension: readonly FhirExtension[];
  readonly questionnaire: string;
  readonly status: 'completed' | 'in-progress' | 'stopped';
  readonly authored: string;
  readonly item?: readonly FhirResponseItem[];
}

export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry: readonly [{ readonly resource: FhirQuestionnaire }, { readonly resource: FhirQuestionnaireResponse }];
}

export interface FhirQuestionnaireOptions {
  /** Language of the texts; the pack's other locales are added as translations. The pack's first locale by default. */
  readonly locale?: Locale;
}

export interface FhirResponseOptions {
  /** `authored` (and the Bundle's `timestamp`); now by default. */
  readonly now?: Date;
  /** Language of the texts; the recommendation's by default. */
  readonly locale?: Locale;
  /** The practitioner's override, added to the recommendation extension. */
  readonly override?: Override;
}

/** The Questionnaire's canonical URL; the response points to `<url>|<version>`. */
export function questionnaireUrl(pack: Pack): string {
  return `urn:early-help-pathway:questionnaire:${pack.id}`;
}

/** The code system of a question's options. */
export function answerSystem(pack: Pack, questionId: string): string {
  return `urn:early-help-pathway:${pack.id}:${questionId}`;
}

/** The code system of the pack's levels (and its urgent outcome). */
export function levelSystem(pack: Pack): string {
  return `urn:early-help-pathway:${pack.id}:level`;
}

/** The group item's link id for a section. */
export function sectionLinkId(sectionId: string): string {
  return `section:${sectionId}`;
}

interface Context {
  readonly pack: Pack;
  readonly locale: Locale;
  /** Add the other declared locales as translation extensions (the Questionnaire); a response keeps the words the practitioner saw. */
  readonly translate: boolean;
}

function baseLocale(pack: Pack, locale: Locale | undefined): Locale {
  return locale && pack.locales.includes(locale) ? locale : pack.locales[0]!;
}

/** The other declared locales' texts as the R4 translation extension on a primitive. */
function translations(text: Text, ctx: Context): FhirPrimitiveExtension | undefined {
  if (!ctx.translate) return undefined;
  const extension = ctx.pack.locales
    .filter((locale) => locale !== ctx.locale && text[locale] !== undefined)
    .map((locale) => ({
      url: HL7_EXTENSIONS.translation,
      extension: [
        { url: 'lang', valueCode: locale },
        { url: 'content', valueString: text[locale]! },
      ],
    }));
  return extension.length > 0 ? { extension } : undefined;
}

function textPair(text: Text, ctx: Context): { text: string; _text?: FhirPrimitiveExtension } {
  const extra = translations(text, ctx);
  return { text: localize(text, ctx.locale, ctx.pack), ...(extra ? { _text: extra } : {}) };
}

function coding(system: string, code: string, display: Text, ctx: Context): FhirCoding {
  const extra = translations(display, ctx);
  return { system, code, display: localize(display, ctx.locale, ctx.pack), ...(extra ? { _display: extra } : {}) };
}

/** A yes-no-unsure label in every declared locale, answering the question's verb. */
function yesNoText(value: (typeof YES_NO_UNSURE)[number], question: Question, pack: Pack): Text {
  return Object.fromEntries(
    pack.locales.map((locale) => [locale, yesNoLabels(locale, localize(question.text, locale, pack))[value]]),
  );
}

/** The options of a choice question as code and label text. */
function choices(question: Question, pack: Pack): { value: string; label: Text; level?: string }[] {
  if (question.type === 'yes-no-unsure')
    return YES_NO_UNSURE.map((value) => ({ value, label: yesNoText(value, question, pack) }));
  return (question.options ?? []).map((option) => ({
    value: option.value,
    label: option.label,
    ...(option.level ? { level: option.level } : {}),
  }));
}

function levelText(pack: Pack, levelId: string): Text | undefined {
  if (pack.urgent?.id === levelId) return pack.urgent.name;
  return pack.levels.find((level) => level.id === levelId)?.name;
}

// ---------------------------------------------------------------------------------------
// showIf → enableWhen

const SINGLE_VALUED = new Set<Question['type']>(['single-choice', 'yes-no-unsure', 'text', 'number']);
const CHOICE = new Set<Question['type']>(['single-choice', 'multiple-choice', 'yes-no-unsure']);

/** The question id a `{"var": …}` reads, when it is a plain read of a question. */
function varOf(node: unknown, questions: ReadonlyMap<string, Question>): Question | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const entries = Object.entries(node);
  if (entries.length !== 1 || entries[0]![0] !== 'var') return undefined;
  const arg = entries[0]![1];
  const name = Array.isArray(arg) ? (arg.length === 1 ? arg[0] : undefined) : arg;
  return typeof name === 'string' ? questions.get(name) : undefined;
}

/** The single operator and arguments of a JSON-Logic node. */
function operation(node: unknown): [string, unknown[]] | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const entries = Object.entries(node);
  if (entries.length !== 1) return undefined;
  const [operator, args] = entries[0]!;
  return [operator, Array.isArray(args) ? args : [args]];
}

function isOption(question: Question, value: unknown): value is string {
  return (
    typeof value === 'string' &&
    (question.type === 'yes-no-unsure'
      ? (YES_NO_UNSURE as readonly string[]).includes(value)
      : (question.options ?? []).some((option) => option.value === value))
  );
}

/** The enableWhen answer for `question = literal`, or undefined when the literal does not fit the question. */
function answerFor(question: Question, literal: unknown, pack: Pack): Partial<FhirEnableWhen> | undefined {
  if (question.type === 'single-choice' || question.type === 'yes-no-unsure') {
    return isOption(question, literal)
      ? { answerCoding: { system: answerSystem(pack, question.id), code: literal } }
      : undefined;
  }
  if (question.type === 'number')
    return typeof literal === 'number' && Number.isFinite(literal) ? { answerDecimal: literal } : undefined;
  if (question.type === 'text')
    return typeof literal === 'string' && literal.trim() !== '' ? { answerString: literal } : undefined;
  return undefined;
}

/** One condition as one or more enableWhen, joined by `join` when several. */
type Mapped = { readonly enableWhen: FhirEnableWhen[]; readonly join: 'single' | 'any' };

function mapCondition(node: unknown, questions: ReadonlyMap<string, Question>, pack: Pack): Mapped | undefined {
  const op = operation(node);
  if (!op) return undefined;
  const [operator, args] = op;
  const single = (when: FhirEnableWhen): Mapped => ({ enableWhen: [when], join: 'single' });
  switch (operator) {
    case '==':
    case '===':
    case '!=':
    case '!==': {
      if (args.length !== 2) return undefined;
      const [a, b] = args;
      const question = varOf(a, questions) ?? varOf(b, questions);
      const literal = varOf(a, questions) ? b : a;
      if (!question || !SINGLE_VALUED.has(question.type) || varOf(literal, questions)) return undefined;
      const answer = answerFor(question, literal, pack);
      if (!answer) return undefined;
      return single({ question: question.id, operator: operator.startsWith('!') ? '!=' : '=', ...answer });
    }
    case 'in': {
      if (args.length !== 2) return undefined;
      const [needle, haystack] = args;
      const list = varOf(haystack, questions);
      if (list && list.type === 'multiple-choice' && isOption(list, needle)) {
        return single({
          question: list.id,
          operator: '=',
          answerCoding: { system: answerSystem(pack, list.id), code: needle },
        });
      }
      const question = varOf(needle, questions);
      if (
        question &&
        (question.type === 'single-choice' || question.type === 'yes-no-unsure') &&
        Array.isArray(haystack) &&
        haystack.length > 0
      ) {
        if (!haystack.every((value) => isOption(question, value))) return undefined;
        return {
          enableWhen: (haystack as string[]).map((code) => ({
            question: question.id,
            operator: '=' as const,
            answerCoding: { system: answerSystem(pack, question.id), code },
          })),
          join: haystack.length === 1 ? 'single' : 'any',
        };
      }
      return undefined;
    }
    case '!':
    case '!!': {
      if (args.length !== 1) return undefined;
      const [inner] = args;
      const question = varOf(inner, questions);
      if (question && (CHOICE.has(question.type) || question.type === 'text')) {
        return single({ question: question.id, operator: 'exists', answerBoolean: operator === '!!' });
      }
      const nested = operator === '!' ? operation(inner) : undefined;
      if (nested && nested[0] === 'in' && nested[1].length === 2) {
        const [needle, haystack] = nested[1];
        const list = varOf(haystack, questions);
        if (list && list.type === 'multiple-choice' && isOption(list, needle)) {
          return single({
            question: list.id,
            operator: '!=',
            answerCoding: { system: answerSystem(pack, list.id), code: needle },
          });
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The parts of a nested `and` (or `or`), flattened. */
function flatten(node: unknown, operator: 'and' | 'or'): unknown[] {
  const op = operation(node);
  if (op && op[0] === operator) return op[1].flatMap((part) => flatten(part, operator));
  return [node];
}

/**
 * A showIf as `enableWhen` (+ `enableBehavior`), or undefined when FHIR cannot say the same
 * thing exactly. Exported for tests and for partners who want to check a pack's mapping.
 */
export function showIfToEnableWhen(
  pack: Pack,
  showIf: unknown,
): { enableWhen: FhirEnableWhen[]; enableBehavior?: 'all' | 'any' } | undefined {
  const questions = new Map(questionIndex(pack).list.map((entry) => [entry.question.id, entry.question]));
  const op = operation(showIf);
  const joiner = op && (op[0] === 'and' || op[0] === 'or') ? (op[0] as 'and' | 'or') : undefined;
  const parts = joiner ? flatten(showIf, joiner) : [showIf];
  const mapped = parts.map((part) => mapCondition(part, questions, pack));
  if (mapped.length === 0 || mapped.some((part) => part === undefined)) return undefined;
  const all = mapped as Mapped[];
  const enableWhen = all.flatMap((part) => part.enableWhen);
  // An `any` list inside an `and` would need nesting FHIR does not have.
  if (joiner === 'and' && all.some((part) => part.join === 'any')) return undefined;
  if (enableWhen.length === 1) return { enableWhen };
  const behaviour = joiner === 'and' ? 'all' : 'any';
  return { enableWhen, enableBehavior: behaviour };
}

// ---------------------------------------------------------------------------------------
// Questionnaire

function questionItem(question: Question, ctx: Context): FhirQuestionnaireItem {
  const { pack } = ctx;
  const extension: FhirExtension[] = [];
  let enable: ReturnType<typeof showIfToEnableWhen>;
  if (question.showIf !== undefined) {
    enable = showIfToEnableWhen(pack, question.showIf);
    if (!enable) extension.push({ url: FHIR_URIS.jsonLogicShowIf, valueString: JSON.stringify(question.showIf) });
  }
  if (question.type === 'number') {
    if (question.min !== undefined) extension.push({ url: HL7_EXTENSIONS.minValue, valueDecimal: question.min });
    if (question.max !== undefined) extension.push({ url: HL7_EXTENSIONS.maxValue, valueDecimal: question.max });
  }
  const type: FhirItemType = CHOICE.has(question.type) ? 'choice' : question.type === 'text' ? 'text' : 'decimal';
  const hint: FhirQuestionnaireItem[] = question.hint
    ? [
        {
          linkId: `${question.id}:hint`,
          ...textPair(question.hint, ctx),
          type: 'display',
          extension: [
            {
              url: HL7_EXTENSIONS.itemControl,
              valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }] },
            },
          ],
        },
      ]
    : [];
  return {
    linkId: question.id,
    ...textPair(question.text, ctx),
    type,
    ...(extension.length > 0 ? { extension } : {}),
    ...(enable
      ? { enableWhen: enable.enableWhen, ...(enable.enableBehavior ? { enableBehavior: enable.enableBehavior } : {}) }
      : {}),
    // A form filler that cannot read the JSON-Logic cannot know when the question is asked,
    // so it must not insist on an answer.
    ...(question.required && !extension.some((ext) => ext.url === FHIR_URIS.jsonLogicShowIf) ? { required: true } : {}),
    ...(question.type === 'multiple-choice' ? { repeats: true } : {}),
    ...(question.type === 'text' && question.maxLength !== undefined ? { maxLength: question.maxLength } : {}),
    ...(type === 'choice'
      ? {
          answerOption: choices(question, pack).map((choice) => {
            const level = choice.level ? levelText(pack, choice.level) : undefined;
            return {
              valueCoding: coding(answerSystem(pack, question.id), choice.value, choice.label, ctx),
              ...(choice.level && level
                ? {
                    extension: [
                      { url: FHIR_URIS.optionLevel, valueCoding: coding(levelSystem(pack), choice.level, level, ctx) },
                    ],
                  }
                : {}),
            };
          }),
        }
      : {}),
    ...(hint.length > 0 ? { item: hint } : {}),
  };
}

/** PascalCase of the pack id, prefixed so it starts with a capital letter (que-0). */
function computableName(pack: Pack): string {
  return `EarlyHelp${pack.id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

/** The pack's questionnaire as a FHIR R4 Questionnaire. */
export function toFhirQuestionnaire(pack: Pack, options: FhirQuestionnaireOptions = {}): FhirQuestionnaire {
  const ctx: Context = { pack, locale: baseLocale(pack, options.locale), translate: true };
  const title = translations(pack.title, ctx);
  return {
    resourceType: 'Questionnaire',
    id: `${pack.id}-${pack.version}`.slice(0, 64),
    language: ctx.locale,
    url: questionnaireUrl(pack),
    version: pack.version,
    name: computableName(pack),
    title: localize(pack.title, ctx.locale, pack),
    ...(title ? { _title: title } : {}),
    status: pack.status === 'approved' ? 'active' : 'draft',
    ...(pack.status === 'illustrative' ? { experimental: true } : {}),
    date: pack.effectiveFrom,
    ...(pack.provenance.approvedBy ? { publisher: pack.provenance.approvedBy } : {}),
    ...(pack.provenance.approvedOn ? { approvalDate: pack.provenance.approvedOn } : {}),
    effectivePeriod: { start: pack.effectiveFrom, ...(pack.effectiveTo ? { end: pack.effectiveTo } : {}) },
    item: pack.questionnaire.sections.map((section) => ({
      linkId: sectionLinkId(section.id),
      ...textPair(section.title, ctx),
      type: 'group' as const,
      item: [
        ...(section.description
          ? [
              {
                linkId: `${sectionLinkId(section.id)}:description`,
                ...textPair(section.description, ctx),
                type: 'display' as const,
              },
            ]
          : []),
        ...section.questions.map((question) => questionItem(question, ctx)),
      ],
    })),
  };
}

// ---------------------------------------------------------------------------------------
// QuestionnaireResponse

function recommendationExtension(
  pack: Pack,
  recommendation: Recommendation,
  ctx: Context,
  override: Override | undefined,
): FhirExtension {
  const level = (id: string): FhirCoding => {
    const name = levelText(pack, id);
    return name ? coding(levelSystem(pack), id, name, ctx) : { system: levelSystem(pack), code: id };
  };
  const { stamp } = recommendation;
  const parts: FhirExtension[] = [
    { url: 'level', valueCoding: level(recommendation.level.id) },
    { url: 'urgent', valueBoolean: recommendation.urgent },
    { url: 'complete', valueBoolean: recommendation.complete },
    ...recommendation.services.map((service) => ({ url: 'service', valueString: service.name })),
    ...recommendation.rationale.map((rule) => ({ url: 'rationale', valueString: rule.text })),
    ...recommendation.strengths.map((rule) => ({ url: 'strength', valueString: rule.text })),
    ...recommendation.advice.map((rule) => ({ url: 'advice', valueString: rule.text })),
  ];
  if (override) {
    parts.push({
      url: 'override',
      extension: [
        { url: 'suggestedLevel', valueCoding: level(override.suggestedLevelId) },
        { url: 'level', valueCoding: level(override.levelId) },
        { url: 'reason', valueString: override.reason },
        { url: 'at', valueDateTime: override.at },
        // Who to contact for the level decided on; the services above are the suggestion's.
        ...nextSteps(pack, recommendation, { override }).services.map((service) => ({
          url: 'service',
          valueString: service.name,
        })),
      ],
    });
  }
  parts.push(
    { url: 'packId', valueString: stamp.packId },
    { url: 'packVersion', valueString: stamp.version },
    { url: 'packStatus', valueCode: stamp.status },
    { url: 'effectiveFrom', valueDate: stamp.effectiveFrom },
    { url: 'contentHash', valueString: stamp.contentHash },
    { url: 'evaluatedAt', valueDateTime: recommendation.evaluatedAt },
    { url: 'advisory', valueString: recommendation.advisory },
  );
  return { url: FHIR_URIS.recommendation, extension: parts };
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse to `toFhirQuestionnaire(pack)`, with the
 * recommendation as an extension. Only questions asked under these answers and answered
 * with a valid value are included. No subject or author.
 */
export function toFhirQuestionnaireResponse(
  pack: Pack,
  answers: Answers,
  recommendation: Recommendation,
  options: FhirResponseOptions = {},
): FhirQuestionnaireResponse {
  const { stamp } = recommendation;
  if (stamp.packId !== pack.id || stamp.version !== pack.version) {
    throw new Error(
      `The recommendation was made by ${stamp.packId}@${stamp.version}, not by ${pack.id}@${pack.version}.`,
    );
  }
  // Texts in the response are the words the practitioner saw: no translations.
  const ctx: Context = { pack, locale: baseLocale(pack, options.locale ?? recommendation.locale), translate: false };
  const state = answerState(pack, answers, { locale: ctx.locale });
  const { data } = state;
  const answerOf = (question: Question): FhirAnswer[] => {
    const value = data[question.id];
    if (question.type === 'text') return [{ valueString: String(value) }];
    if (question.type === 'number') return [{ valueDecimal: value as number }];
    const options = choices(question, pack);
    const codes = Array.isArray(value) ? (value as string[]) : [String(value)];
    return codes.map((code) => {
      const label = options.find((option) => option.value === code)?.label;
      return {
        valueCoding: label
          ? coding(answerSystem(pack, question.id), code, label, ctx)
          : { system: answerSystem(pack, question.id), code },
      };
    });
  };
  const item = pack.questionnaire.sections
    .map((section) => ({
      linkId: sectionLinkId(section.id),
      text: localize(section.title, ctx.locale, pack),
      item: section.questions
        .filter((question) => Object.hasOwn(data, question.id))
        .map((question) => ({
          linkId: question.id,
          text: localize(question.text, ctx.locale, pack),
          answer: answerOf(question),
        })),
    }))
    .filter((group) => group.item.length > 0);
  // Questions the exported Questionnaire requires (those whose showIf it can express) that are
  // asked and unanswered. Only an urgent outcome is complete with some left: the practitioner
  // stopped to act, so the form is "stopped" rather than "completed".
  const unanswered = state.missing.filter(
    (entry) => entry.question.showIf === undefined || showIfToEnableWhen(pack, entry.question.showIf),
  );
  const status = !recommendation.complete ? 'in-progress' : unanswered.length > 0 ? 'stopped' : 'completed';
  return {
    resourceType: 'QuestionnaireResponse',
    language: ctx.locale,
    extension: [recommendationExtension(pack, recommendation, ctx, options.override)],
    questionnaire: `${questionnaireUrl(pack)}|${pack.version}`,
    status,
    authored: (options.now ?? new Date()).toISOString(),
    ...(item.length > 0 ? { item } : {}),
  };
}

/** The Questionnaire and the QuestionnaireResponse together, as a `collection` Bundle. */
export function toFhirBundle(
  pack: Pack,
  answers: Answers,
  recommendation: Recommendation,
  options: FhirResponseOptions = {},
): FhirBundle {
  const now = options.now ?? new Date();
  const locale = baseLocale(pack, options.locale ?? recommendation.locale);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: [
      { resource: toFhirQuestionnaire(pack, { locale }) },
      { resource: toFhirQuestionnaireResponse(pack, answers, recommendation, { ...options, now, locale }) },
    ],
  };
}
