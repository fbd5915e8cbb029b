/**
 * The parts of FHIR R4 (4.0.1) that `src/engine/fhir.ts` emits, as strict zod schemas, plus
 * the invariants a FHIR validator would check on them. Element names, types, cardinality
 * and value sets follow the R4 resource definitions (hl7.org/fhir/R4/questionnaire.html,
 * questionnaireresponse.html, bundle.html, extensibility.html, datatypes.html); elements
 * this library never emits are declared too, so a misspelt name fails rather than passing
 * as an unknown key.
 */
import { z } from 'zod';

// --- Primitive types (R4 datatypes.html regular expressions) ------------------------------

const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const ZONE = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const DATE = `${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?`;

export const fhirString = z.string().regex(/^[ \r\n\t\S]+$/, 'a FHIR string has at least one character');
export const fhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
export const fhirUri = z.string().regex(/^\S*$/).min(1);
export const fhirCode = z.string().regex(/^[^\s]+(\s[^\s]+)*$/);
export const fhirDate = z.string().regex(new RegExp(`^${DATE}$`));
export const fhirDateTime = z
  .string()
  .regex(new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T${TIME}${ZONE})?)?)?$`));
export const fhirInstant = z
  .string()
  .regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T${TIME}${ZONE}$`));
export const fhirTime = z.string().regex(new RegExp(`^${TIME}$`));
export const fhirBoolean = z.boolean();
export const fhirDecimal = z.number().refine(Number.isFinite, 'a decimal is finite');
export const fhirInteger = z.number().int().min(-2147483648).max(2147483647);
export const fhirCanonical = z.string().regex(/^\S+$/);
export const fhirMarkdown = fhirString;

/** Exactly one of the keys present. */
function exactlyOne(value: Record<string, unknown>, keys: readonly string[], ctx: z.RefinementCtx, what: string): void {
  const present = keys.filter((key) => value[key] !== undefined);
  if (present.length !== 1)
    ctx.addIssue({
      code: 'custom',
      message: `${what}: exactly one of ${keys.join('|')} (found ${present.join(', ') || 'none'})`,
    });
}

// --- General-purpose types ---------------------------------------------------------------

export interface Extension {
  id?: string;
  url: string;
  extension?: Extension[];
  [value: `value${string}`]: unknown;
}

export const CodingSchema: z.ZodType = z.lazy(() =>
  z.strictObject({
    id: z.optional(fhirString),
    extension: z.optional(z.array(ExtensionSchema).min(1)),
    system: z.optional(fhirUri),
    version: z.optional(fhirString),
    code: z.optional(fhirCode),
    display: z.optional(fhirString),
    _display: z.optional(ElementSchema),
    userSelected: z.optional(fhirBoolean),
  }),
);

export const CodeableConceptSchema = z.strictObject({
  id: z.optional(fhirString),
  extension: z.optional(z.array(z.lazy(() => ExtensionSchema)).min(1)),
  coding: z.optional(z.array(CodingSchema).min(1)),
  text: z.optional(fhirString),
});

const PeriodSchema = z.strictObject({
  id: z.optional(fhirString),
  start: z.optional(fhirDateTime),
  end: z.optional(fhirDateTime),
});
const ReferenceSchema = z.strictObject({
  reference: z.optional(fhirString),
  type: z.optional(fhirUri),
  display: z.optional(fhirString),
});
const QuantitySchema = z.strictObject({
  value: z.optional(fhirDecimal),
  unit: z.optional(fhirString),
  system: z.optional(fhirUri),
  code: z.optional(fhirCode),
});
const AttachmentSchema = z.strictObject({
  contentType: z.optional(fhirCode),
  data: z.optional(fhirString),
  url: z.optional(fhirUri),
  title: z.optional(fhirString),
});

/** Extension.value[x]: every R4 type this project could plausibly use, each with its own type. */
const EXTENSION_VALUES = {
  valueBoolean: fhirBoolean,
  valueCode: fhirCode,
  valueDate: fhirDate,
  valueDateTime: fhirDateTime,
  valueDecimal: fhirDecimal,
  valueInteger: fhirInteger,
  valueString: fhirString,
  valueUri: fhirUri,
  valueCanonical: fhirCanonical,
  valueMarkdown: fhirMarkdown,
  valueCoding: CodingSchema,
  valueCodeableConcept: CodeableConceptSchema,
  valueReference: ReferenceSchema,
  valueQuantity: QuantitySchema,
  valuePeriod: PeriodSchema,
} as const;

/** R4 Extension: `url` 1..1; ext-1: either extensions or value[x], not both, and one of them. */
export const ExtensionSchema: z.ZodType<Extension> = z.lazy(() =>
  z
    .strictObject({
      id: z.optional(fhirString),
      url: fhirUri,
      extension: z.optional(z.array(ExtensionSchema).min(1)),
      ...Object.fromEntries(Object.entries(EXTENSION_VALUES).map(([key, schema]) => [key, z.optional(schema)])),
    })
    .superRefine((value, ctx) => {
      const values = Object.keys(EXTENSION_VALUES).filter(
        (key) => (value as Record<string, unknown>)[key] !== undefined,
      );
      const nested = value.extension !== undefined;
      if (values.length > 1)
        ctx.addIssue({ code: 'custom', message: `extension ${value.url}: more than one value[x]` });
      if (nested === (values.length === 1))
        ctx.addIssue({ code: 'custom', message: `extension ${value.url}: ext-1 (extensions or a value, not both)` });
    }),
) as z.ZodType<Extension>;

/** The `_element` companion of a primitive. */
export const ElementSchema = z.strictObject({
  id: z.optional(fhirString),
  extension: z.optional(z.array(z.lazy(() => ExtensionSchema)).min(1)),
});

// --- Questionnaire --------------------------------------------------------------------------

export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
] as const;
export const ENABLE_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;

const ENABLE_ANSWERS = {
  answerBoolean: fhirBoolean,
  answerDecimal: fhirDecimal,
  answerInteger: fhirInteger,
  answerDate: fhirDate,
  answerDateTime: fhirDateTime,
  answerTime: fhirTime,
  answerString: fhirString,
  answerCoding: CodingSchema,
  answerQuantity: QuantitySchema,
  answerReference: ReferenceSchema,
} as const;

export const EnableWhenSchema = z
  .strictObject({
    id: z.optional(fhirString),
    extension: z.optional(z.array(ExtensionSchema).min(1)),
    question: fhirString,
    operator: z.enum(ENABLE_OPERATORS),
    ...Object.fromEntries(Object.entries(ENABLE_ANSWERS).map(([key, schema]) => [key, z.optional(schema)])),
  })
  .superRefine((value, ctx) => {
    exactlyOne(value, Object.keys(ENABLE_ANSWERS), ctx, 'enableWhen.answer[x]');
    // que-7: exists takes a boolean.
    if (value.operator === 'exists' && (value as Record<string, unknown>).answerBoolean === undefined) {
      ctx.addIssue({ code: 'custom', message: 'que-7: operator exists needs answerBoolean' });
    }
  });

const ANSWER_OPTION_VALUES = {
  valueInteger: fhirInteger,
  valueDate: fhirDate,
  valueTime: fhirTime,
  valueString: fhirString,
  valueCoding: CodingSchema,
  valueReference: ReferenceSchema,
} as const;

export const AnswerOptionSchema = z
  .strictObject({
    id: z.optional(fhirString),
    extension: z.optional(z.array(ExtensionSchema).min(1)),
    ...Object.fromEntries(Object.entries(ANSWER_OPTION_VALUES).map(([key, schema]) => [key, z.optional(schema)])),
    initialSelected: z.optional(fhirBoolean),
  })
  .superRefine((value, ctx) => exactlyOne(value, Object.keys(ANSWER_OPTION_VALUES), ctx, 'answerOption.value[x]'));

export interface QuestionnaireItem {
  linkId: string;
  type: (typeof ITEM_TYPES)[number];
  text?: string;
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: Array<Record<string, any> & { question: string; operator: string }>;
  enableBehavior?: 'all' | 'any';
  answerOption?: Array<{ valueCoding?: { system?: string; code?: string }; [key: string]: unknown }>;
  extension?: Extension[];
  item?: QuestionnaireItem[];
  [key: string]: unknown;
}

export const QuestionnaireItemSchema: z.ZodType<QuestionnaireItem> = z.lazy(() =>
  z
    .strictObject({
      id: z.optional(fhirString),
      extension: z.optional(z.array(ExtensionSchema).min(1)),
      modifierExtension: z.optional(z.array(ExtensionSchema).min(1)),
      linkId: fhirString,
      definition: z.optional(fhirUri),
      code: z.optional(z.array(CodingSchema).min(1)),
      prefix: z.optional(fhirString),
      text: z.optional(fhirString),
      _text: z.optional(ElementSchema),
      type: z.enum(ITEM_TYPES),
      enableWhen: z.optional(z.array(EnableWhenSchema).min(1)),
      enableBehavior: z.optional(z.enum(['all', 'any'])),
      required: z.optional(fhirBoolean),
      repeats: z.optional(fhirBoolean),
      readOnly: z.optional(fhirBoolean),
      maxLength: z.optional(fhirInteger),
      answerValueSet: z.optional(fhirCanonical),
      answerOption: z.optional(z.array(AnswerOptionSchema).min(1)),
      initial: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
      item: z.optional(z.array(QuestionnaireItemSchema).min(1)),
    })
    .superRefine((item, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message: `item ${item.linkId}: ${message}` });
      // que-1
      if (item.type === 'group' && !item.item) fail('que-1: a group has nested items');
      if (item.type === 'display' && item.item) fail('que-1: a display item has no nested items');
      // que-3, que-6, que-9
      if (item.type === 'display' && item.code) fail('que-3: a display item has no code');
      if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined))
        fail('que-6: no required/repeats on display');
      if (item.type === 'display' && item.readOnly !== undefined) fail('que-9: no readOnly on display');
      // que-4, que-5
      if (item.answerOption && item.answerValueSet) fail('que-4: answerOption or answerValueSet, not both');
      if ((item.answerOption || item.answerValueSet) && item.type !== 'choice' && item.type !== 'open-choice')
        fail('que-5: only choice items have options');
      // que-8, que-11, que-13
      if ((item.type === 'group' || item.type === 'display') && item.initial)
        fail('que-8: no initial on group/display');
      if (item.answerOption && item.initial) fail('que-11: no initial with answerOption');
      if (item.repeats !== true && (item.initial?.length ?? 0) > 1)
        fail('que-13: several initial values only when repeating');
      // que-10
      if (
        item.maxLength !== undefined &&
        !['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].includes(item.type)
      ) {
        fail('que-10: maxLength only on simple question types');
      }
      // que-12 (the R4 expression says "> 2"; the text says "more than one", which is stricter)
      if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior)
        fail('que-12: several enableWhen need enableBehavior');
      if (item.enableBehavior && (item.enableWhen?.length ?? 0) < 2) fail('enableBehavior without several enableWhen');
    }),
) as z.ZodType<QuestionnaireItem>;

const ContactDetailSchema = z.strictObject({
  name: z.optional(fhirString),
  telecom: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
});

export const QuestionnaireSchema = z
  .strictObject({
    resourceType: z.literal('Questionnaire'),
    id: z.optional(fhirId),
    meta: z.optional(z.record(z.string(), z.unknown())),
    implicitRules: z.optional(fhirUri),
    language: z.optional(fhirCode),
    text: z.optional(
      z.strictObject({ status: z.enum(['generated', 'extensions', 'additional', 'empty']), div: fhirString }),
    ),
    contained: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
    extension: z.optional(z.array(ExtensionSchema).min(1)),
    modifierExtension: z.optional(z.array(ExtensionSchema).min(1)),
    url: z.optional(fhirUri),
    identifier: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
    version: z.optional(fhirString),
    name: z.optional(fhirString.regex(/^[A-Z]([A-Za-z0-9_]){0,254}$/, 'que-0: a computable name')),
    title: z.optional(fhirString),
    _title: z.optional(ElementSchema),
    derivedFrom: z.optional(z.array(fhirCanonical).min(1)),
    status: z.enum(['draft', 'active', 'retired', 'unknown']),
    experimental: z.optional(fhirBoolean),
    subjectType: z.optional(z.array(fhirCode).min(1)),
    date: z.optional(fhirDateTime),
    publisher: z.optional(fhirString),
    contact: z.optional(z.array(ContactDetailSchema).min(1)),
    description: z.optional(fhirMarkdown),
    useContext: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
    jurisdiction: z.optional(z.array(CodeableConceptSchema).min(1)),
    purpose: z.optional(fhirMarkdown),
    copyright: z.optional(fhirMarkdown),
    approvalDate: z.optional(fhirDate),
    lastReviewDate: z.optional(fhirDate),
    effectivePeriod: z.optional(PeriodSchema),
    code: z.optional(z.array(CodingSchema).min(1)),
    item: z.optional(z.array(QuestionnaireItemSchema).min(1)),
  })
  .superRefine((questionnaire, ctx) => {
    // que-2: link ids unique across the questionnaire.
    const seen = new Set<string>();
    for (const item of allItems(questionnaire.item ?? [])) {
      if (seen.has(item.linkId)) ctx.addIssue({ code: 'custom', message: `que-2: linkId ${item.linkId} repeats` });
      seen.add(item.linkId);
    }
    // enableWhen.question names a question item that comes earlier; a coded answer is one of its options.
    const before = new Map<string, QuestionnaireItem>();
    for (const item of allItems(questionnaire.item ?? [])) {
      for (const when of item.enableWhen ?? []) {
        const target = before.get(when.question);
        if (!target || target.type === 'group' || target.type === 'display') {
          ctx.addIssue({
            code: 'custom',
            message: `${item.linkId}: enableWhen.question ${when.question} is not an earlier question`,
          });
          continue;
        }
        const coding = when.answerCoding as { system?: string; code?: string } | undefined;
        if (
          coding &&
          !target.answerOption?.some(
            (option) => option.valueCoding?.system === coding.system && option.valueCoding?.code === coding.code,
          )
        ) {
          ctx.addIssue({
            code: 'custom',
            message: `${item.linkId}: enableWhen answer ${coding.code} is not an option of ${when.question}`,
          });
        }
        if (coding && target.type !== 'choice' && target.type !== 'open-choice') {
          ctx.addIssue({ code: 'custom', message: `${item.linkId}: answerCoding for a ${target.type} question` });
        }
      }
      before.set(item.linkId, item);
    }
  });

/** Every item, depth first, in document order. */
export function allItems<T extends { readonly item?: readonly T[] }>(items: readonly T[]): T[] {
  return items.flatMap((item) => [item, ...allItems(item.item ?? [])]);
}

// --- QuestionnaireResponse -----------------------------------------------------------------

export const QR_STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;

const ANSWER_VALUES = {
  valueBoolean: fhirBoolean,
  valueDecimal: fhirDecimal,
  valueInteger: fhirInteger,
  valueDate: fhirDate,
  valueDateTime: fhirDateTime,
  valueTime: fhirTime,
  valueString: fhirString,
  valueUri: fhirUri,
  valueAttachment: AttachmentSchema,
  valueCoding: CodingSchema,
  valueQuantity: QuantitySchema,
  valueReference: ReferenceSchema,
} as const;

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: Array<Record<string, any> & { item?: ResponseItem[] }>;
  item?: ResponseItem[];
}

export const ResponseItemSchema: z.ZodType<ResponseItem> = z.lazy(() =>
  z
    .strictObject({
      id: z.optional(fhirString),
      extension: z.optional(z.array(ExtensionSchema).min(1)),
      modifierExtension: z.optional(z.array(ExtensionSchema).min(1)),
      linkId: fhirString,
      definition: z.optional(fhirUri),
      text: z.optional(fhirString),
      answer: z.optional(
        z
          .array(
            z
              .strictObject({
                id: z.optional(fhirString),
                extension: z.optional(z.array(ExtensionSchema).min(1)),
                modifierExtension: z.optional(z.array(ExtensionSchema).min(1)),
                ...Object.fromEntries(Object.entries(ANSWER_VALUES).map(([key, schema]) => [key, z.optional(schema)])),
                item: z.optional(z.array(ResponseItemSchema).min(1)),
              })
              .superRefine((answer, ctx) => {
                const present = Object.keys(ANSWER_VALUES).filter(
                  (key) => (answer as Record<string, unknown>)[key] !== undefined,
                );
                if (present.length > 1) ctx.addIssue({ code: 'custom', message: 'answer.value[x]: at most one' });
              }),
          )
          .min(1),
      ),
      item: z.optional(z.array(ResponseItemSchema).min(1)),
    })
    .superRefine((item, ctx) => {
      // qrs-1: nested items beneath either the item or its answers, not both.
      if (item.item && item.answer?.some((answer) => answer.item))
        ctx.addIssue({ code: 'custom', message: `qrs-1 at ${item.linkId}` });
    }),
) as z.ZodType<ResponseItem>;

export const QuestionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.optional(fhirId),
  meta: z.optional(z.record(z.string(), z.unknown())),
  implicitRules: z.optional(fhirUri),
  language: z.optional(fhirCode),
  text: z.optional(z.record(z.string(), z.unknown())),
  contained: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
  extension: z.optional(z.array(ExtensionSchema).min(1)),
  modifierExtension: z.optional(z.array(ExtensionSchema).min(1)),
  identifier: z.optional(z.record(z.string(), z.unknown())),
  basedOn: z.optional(z.array(ReferenceSchema).min(1)),
  partOf: z.optional(z.array(ReferenceSchema).min(1)),
  questionnaire: z.optional(fhirCanonical),
  status: z.enum(QR_STATUSES),
  subject: z.optional(ReferenceSchema),
  encounter: z.optional(ReferenceSchema),
  authored: z.optional(fhirDateTime),
  author: z.optional(ReferenceSchema),
  source: z.optional(ReferenceSchema),
  item: z.optional(z.array(ResponseItemSchema).min(1)),
});

// --- Bundle -------------------------------------------------------------------------------

export const BundleSchema = z
  .strictObject({
    resourceType: z.literal('Bundle'),
    id: z.optional(fhirId),
    meta: z.optional(z.record(z.string(), z.unknown())),
    implicitRules: z.optional(fhirUri),
    language: z.optional(fhirCode),
    identifier: z.optional(z.record(z.string(), z.unknown())),
    type: z.enum([
      'document',
      'message',
      'transaction',
      'transaction-response',
      'batch',
      'batch-response',
      'history',
      'searchset',
      'collection',
    ]),
    timestamp: z.optional(fhirInstant),
    total: z.optional(fhirInteger.min(0)),
    link: z.optional(z.array(z.strictObject({ relation: fhirString, url: fhirUri })).min(1)),
    entry: z.optional(
      z
        .array(
          z.strictObject({
            link: z.optional(z.array(z.record(z.string(), z.unknown())).min(1)),
            fullUrl: z.optional(fhirUri),
            resource: z.optional(z.record(z.string(), z.unknown())),
            search: z.optional(z.record(z.string(), z.unknown())),
            request: z.optional(z.record(z.string(), z.unknown())),
            response: z.optional(z.record(z.string(), z.unknown())),
          }),
        )
        .min(1),
    ),
    signature: z.optional(z.record(z.string(), z.unknown())),
  })
  .superRefine((bundle, ctx) => {
    // bdl-1 … bdl-4, bdl-7
    if (bundle.total !== undefined && bundle.type !== 'searchset' && bundle.type !== 'history')
      ctx.addIssue({ code: 'custom', message: 'bdl-1' });
    const entries = bundle.entry ?? [];
    if (entries.some((entry) => entry.search) && bundle.type !== 'searchset')
      ctx.addIssue({ code: 'custom', message: 'bdl-2' });
    if (entries.some((entry) => entry.request) && !['batch', 'transaction', 'history'].includes(bundle.type))
      ctx.addIssue({ code: 'custom', message: 'bdl-3' });
    if (
      entries.some((entry) => entry.response) &&
      !['batch-response', 'transaction-response', 'history'].includes(bundle.type)
    ) {
      ctx.addIssue({ code: 'custom', message: 'bdl-4' });
    }
    const urls = entries.flatMap((entry) => (entry.fullUrl ? [entry.fullUrl] : []));
    if (new Set(urls).size !== urls.length) ctx.addIssue({ code: 'custom', message: 'bdl-7: fullUrl repeats' });
  });

// --- Checks across resources -----------------------------------------------------------------

/** ele-1 in JSON: no empty objects, arrays or strings, and no nulls, anywhere. */
export function emptyElements(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value === 'string') return value === '' ? [path] : [];
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((item, i) => emptyElements(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => emptyElements(item, `${path}.${key}`));
  }
  return [];
}

const ANSWER_TYPE: Readonly<Record<string, readonly string[]>> = {
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding'],
  'open-choice': ['valueCoding', 'valueString'],
  attachment: ['valueAttachment'],
  reference: ['valueReference'],
  quantity: ['valueQuantity'],
};

/**
 * Checks a response against its questionnaire: every item's linkId exists at the same place
 * in the questionnaire's tree, in the questionnaire's order; groups carry no answers;
 * answers have the value type of their item; a coded answer is one of the item's options;
 * only repeating items have several answers. Returns the problems found.
 */
export function responseProblems(
  questionnaire: { readonly item?: readonly unknown[] },
  response: { readonly item?: readonly unknown[] },
): string[] {
  const problems: string[] = [];
  const walk = (definitions: readonly QuestionnaireItem[], items: readonly ResponseItem[], path: string) => {
    let last = -1;
    for (const item of items) {
      const index = definitions.findIndex((definition) => definition.linkId === item.linkId);
      const at = `${path}/${item.linkId}`;
      if (index < 0) {
        problems.push(`${at}: no item with this linkId at this place in the questionnaire`);
        continue;
      }
      if (index <= last) problems.push(`${at}: out of the questionnaire's order`);
      last = index;
      const definition = definitions[index]!;
      if (definition.type === 'display') problems.push(`${at}: a display item has no response`);
      if (definition.type === 'group') {
        if (item.answer) problems.push(`${at}: a group has no answers`);
      } else {
        if (!item.answer) problems.push(`${at}: a question item with no answer`);
        if ((item.answer?.length ?? 0) > 1 && definition.repeats !== true)
          problems.push(`${at}: several answers to a non-repeating item`);
        for (const answer of item.answer ?? []) {
          const keys = Object.keys(answer).filter((key) => key.startsWith('value'));
          if (keys.length !== 1 || !ANSWER_TYPE[definition.type]?.includes(keys[0]!)) {
            problems.push(`${at}: answer ${keys.join(',')} does not fit a ${definition.type} item`);
          }
          const coding = answer.valueCoding as { system?: string; code?: string } | undefined;
          if (
            coding &&
            definition.answerOption &&
            !definition.answerOption.some(
              (option) => option.valueCoding?.system === coding.system && option.valueCoding?.code === coding.code,
            )
          ) {
            problems.push(`${at}: ${coding.code} is not an answerOption`);
          }
        }
      }
      walk(definition.item ?? [], item.item ?? [], at);
    }
  };
  walk((questionnaire.item ?? []) as QuestionnaireItem[], (response.item ?? []) as ResponseItem[], '');
  return problems;
}

/**
 * Whether a questionnaire item is enabled under a response, by the R4 operator definitions
 * ("=": at least one answer equals; "!=": no answer equals; "exists": whether an answer
 * exists equals the boolean) and enableBehavior. The response holds only enabled answers.
 */
export function isEnabled(item: QuestionnaireItem, response: { readonly item?: readonly unknown[] }): boolean {
  if (!item.enableWhen) return true;
  const answers = new Map(
    allItems((response.item ?? []) as ResponseItem[]).map((entry) => [entry.linkId, entry.answer ?? []]),
  );
  const same = (answer: Record<string, any>, when: Record<string, any>): boolean => {
    if (when.answerCoding)
      return (
        answer.valueCoding?.system === when.answerCoding.system && answer.valueCoding?.code === when.answerCoding.code
      );
    if (when.answerString !== undefined) return answer.valueString === when.answerString;
    if (when.answerDecimal !== undefined) return answer.valueDecimal === when.answerDecimal;
    if (when.answerBoolean !== undefined) return answer.valueBoolean === when.answerBoolean;
    throw new Error(`isEnabled: unsupported answer in ${JSON.stringify(when)}`);
  };
  const results = item.enableWhen.map((when) => {
    const given = answers.get(when.question) ?? [];
    switch (when.operator) {
      case 'exists':
        return given.length > 0 === when.answerBoolean;
      case '=':
        return given.some((answer) => same(answer, when));
      case '!=':
        return !given.some((answer) => same(answer, when));
      default:
        throw new Error(`isEnabled: operator ${when.operator} is not emitted by this library`);
    }
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}
