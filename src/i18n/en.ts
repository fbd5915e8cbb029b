/**
 * English catalogue. Every user-facing string of the library lives in a catalogue;
 * `cy.ts` must provide the same keys (the type makes a missing key a compile error,
 * a test catches empty ones).
 */
import { controlsEn } from './controls.js';
import { questionnaireEn } from './questionnaire.js';
import { pathwayEn } from './pathway.js';
import { recommendationViewEn } from './recommendation-view.js';
import type { Catalogue } from './types.js';
import { enPlural, formatCount, pluralOf } from './count.js';

const n = (value: number) => formatCount(value, 'en');

export const en: Catalogue = {
  locale: 'en',
  dateAtTime: (date, time) => `${date} at ${time}`,
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  advisory:
    'This is advice to support your professional judgement, not a decision. You and the local front door decide what happens next.',
  answers: { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' },
  evidence: {
    notAnswered: 'not answered',
    none: 'none chosen',
    listSeparator: ', ',
  },
  recommendation: {
    incomplete: (count) =>
      `This result is provisional: ${n(count)} required ${enPlural(count, 'question is', 'questions are')} still unanswered.`,
    notInForce: (from, to) =>
      to ? `This rule pack is in force from ${from} to ${to}, not on the date of this result.` : `This rule pack is in force from ${from}, not on the date of this result.`,
    draft: 'This rule pack is a draft and has not been approved for use.',
    illustrative: 'This rule pack is illustrative: it is an example, not an approved local policy.',
    cappedBy: (from, to) => `A strength lowered the level from ${from} to ${to}.`,
  },
  packProblems: {
    names: {
      types: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object' },
      formats: {
        id: 'an id made of lower-case letters, digits and hyphens',
        date: 'a calendar date written YYYY-MM-DD',
        version: 'a semantic version such as "1.0.0"',
      },
      items: { level: 'level', service: 'service', section: 'section', question: 'question', option: 'option', rule: 'rule', floor: 'safety floor' },
      notEmpty: 'text that is not empty',
      atLeast: (minimum) => `at least ${minimum}`,
    },
    summary: (count) => `The rule pack has ${n(count)} ${enPlural(count, 'problem', 'problems')}:`,
    notJson: (detail) => `The file is not valid JSON (${detail}).`,
    required: () => 'This field is required but missing.',
    unknownField: (name) => `"${name}" is not a field the format knows; check its spelling.`,
    wrongType: (expected) => `Expected ${expected} here.`,
    badFormat: (what) => `The value is not ${what}.`,
    notOneOf: (allowed) => `The value must be one of: ${allowed.join(', ')}.`,
    tooFew: (minimum) => (pluralOf(minimum, 'en') === 'one' ? 'At least one entry is needed here.' : `At least ${n(minimum)} entries are needed here.`),
    badLocale: (allowed) => `Text may only be given in these languages: ${allowed.join(', ')}.`,
    invalid: () => 'The value is not valid here.',
    missingText: (locale) => `Text is missing in "${locale}", which the pack declares in "locales".`,
    undeclaredText: (locale) => `Text is given in "${locale}", which the pack does not declare in "locales".`,
    duplicateLocale: (locale) => `"${locale}" is listed twice in "locales".`,
    duplicateId: (kind, id) => `Another ${kind} already has the id "${id}"; ids must be unique.`,
    duplicateRank: (rank) => `Another level already has rank ${rank}; each level needs its own rank.`,
    duplicateOption: (value) => `The option value "${value}" is used twice in this question.`,
    unknownLevel: (id) => `There is no level (or urgent outcome) with the id "${id}".`,
    unknownService: (id) => `There is no service with the id "${id}".`,
    notAnOperation: (keys) =>
      keys.length === 0
        ? 'An empty object is not a JSON-Logic operation: it always counts as true. Write the test it should hold.'
        : `An object with several operations (${keys.join(', ')}) is not a JSON-Logic operation: it always counts as true. Put each test in its own object inside "and" or "or".`,
    unknownOperator: (op) => `"${op}" is not a JSON-Logic operation this library allows.`,
    unknownVar: (name) => `"${name}" does not name a question in this pack.`,
    notGraded: (name) => `"${name}" has no options with a level, so it has no graded level to read.`,
    outcomeOutsideAdvice: (name) => `"${name}" is only known after the level is decided, so only advice rules may read it.`,
    laterQuestion: (name) => `"showIf" refers to "${name}", which is asked later; it may only refer to earlier questions.`,
    selfReference: (name) => `"showIf" of "${name}" refers to the question itself.`,
    concernNeedsLevel: () => 'A concern rule must name the "level" it points to.',
    levelNotAllowed: (kind) => `A ${kind} rule does not set a level; remove "level".`,
    capNotAllowed: () => 'A strength may only cap the level when the policy says "strengths": "may-cap".',
    capOnlyStrength: () => 'Only a strength rule may cap the level.',
    urgentWithoutOutcome: () => 'An urgent rule needs the pack to declare an "urgent" outcome.',
    optionsRequired: (type) => `A ${type} question needs "options".`,
    optionsNotAllowed: (type) => `A ${type} question takes no "options".`,
    optionLevelNotAllowed: () => 'Only options of a single-choice question may indicate a level.',
    boundsReversed: () => '"min" is greater than "max".',
    datesReversed: () => '"effectiveTo" is before "effectiveFrom".',
    approvalMissing: () => 'An approved pack must say who approved it ("provenance.approvedBy").',
    noContact: () => 'A service needs at least a phone number, an email address or a web address.',
    urgentServiceMissing: () => 'The urgent outcome needs at least one service whose "levels" include it.',
  },
  answerProblems: {
    unknownQuestion: (id) => `There is no question "${id}" in this pack.`,
    wrongType: (id, expected) => `The answer to "${id}" should be ${expected}.`,
    notAnOption: (id, value) => `"${value}" is not one of the options of "${id}".`,
    repeated: (id, value) => `"${value}" is chosen twice in "${id}".`,
    exclusive: (id, value) => `"${value}" in "${id}" cannot be chosen together with other options.`,
    tooLong: (id, max) => `The answer to "${id}" is longer than ${max} characters.`,
    outOfRange: (id, min, max) => `The answer to "${id}" must be between ${min ?? '-∞'} and ${max ?? '∞'}.`,
    expected: { choice: 'one option value (text)', choices: 'a list of option values', text: 'text', number: 'a number', object: 'an object of answers keyed by question id' },
  },
  report: {
    title: 'Early help recommendation',
    level: 'Suggested level',
    provisional: 'Provisional: some required questions are unanswered',
    services: 'Who to contact',
    phone: 'Phone',
    email: 'Email',
    web: 'Web',
    hours: 'Hours',
    outOfHours: 'Out of hours',
    nextSteps: 'What to do next',
    because: 'Why',
    source: (title, paragraph) => (paragraph ? `Source: ${title}, paragraph ${paragraph}` : `Source: ${title}`),
    alsoNoted: 'Also noted (these point to a lower level)',
    strengths: 'What is working well',
    noStrengths: 'No strengths were recorded.',
    advice: 'Advice',
    missing: 'Still to answer',
    notices: 'Please note',
    stamp: 'Rule pack',
    stampLine: (packId, version, effectiveFrom) => `${packId} version ${version}, in force from ${effectiveFrom}`,
    contentHash: 'Content hash (SHA-256)',
    evaluatedAt: 'Worked out at',
    urgentNow: 'Act now',
  },
  cli: {
    usage: [
      'Usage:',
      '  eh-rules check [dir|pack.json]           validate packs and run their golden cases',
      '  eh-rules explain <pack.json> <answers.json> [--lang en|cy]',
      '                                           print the recommendation and its rationale',
      '  eh-rules lock [dir]                      record released versions in releases.lock.json',
      '  eh-rules library [dir] [--write file]    every pack and golden case as one JSON file, for <eh-rule-lab library-src>',
      '  eh-rules schema [--referral] [--write file]  print the rule-pack (or referral) JSON Schema',
    ].join('\n'),
    columns: { pack: 'Pack', version: 'Version', status: 'Status', cases: 'Cases', passed: 'Passed', failed: 'Failed', result: 'Result' },
    ok: 'ok',
    failed: 'FAILED',
    invalidPack: 'invalid pack',
    invalidCase: (file) => `The golden case ${file} is not valid:`,
    noPacks: (dir) => `No rule packs (<id>/<version>.json) were found under ${dir}.`,
    caseFailed: (name, description) => `Case ${name} (${description}) failed:`,
    summary: (packs, cases, failures) =>
      `${n(packs)} ${enPlural(packs, 'pack', 'packs')}, ${n(cases)} ${enPlural(cases, 'case', 'cases')}: ${n(cases - failures)} passed, ${n(failures)} failed`,
    cannotRead: (file, detail) => `Cannot read ${file}: ${detail}`,
    unknownCommand: (name) => `Unknown command "${name}".`,
    answerProblems: 'Some answers could not be used:',
    versionMismatch: (fileVersion, version) => `The file is named ${fileVersion}.json but the pack says "version": "${version}".`,
    idMismatch: (folder, id) => `The pack sits in the folder "${folder}" but says "id": "${id}".`,
    wrote: (file) => `Wrote ${file}`,
    releaseUnlocked: (key) => `${key} is released but not recorded in releases.lock.json; run "eh-rules lock" to record it.`,
    releaseChanged: (key) =>
      `${key} has changed since it was released. Released versions never change: restore it and publish the change as a new version.`,
    releasesOk: (count) => `${n(count)} released ${enPlural(count, 'version matches', 'versions match')} releases.lock.json.`,
  },
  questionnaire: questionnaireEn,
  controls: controlsEn,
  pathway: pathwayEn,
  recommendationView: recommendationViewEn,
  selection: {
    empty: () => 'No rule packs were given to choose from.',
    mixed: (ids) => `The rule packs belong to different pathways (${ids.join(', ')}); choose among versions of one pack.`,
    badDate: (value) => `"${value}" is not a date.`,
    noneInForce: (packId, date, range) => `No version of "${packId}" is in force on ${date}. Versions cover: ${range}.`,
    ambiguous: (packId, date, versions) =>
      `More than one version of "${packId}" starts on the same day and is in force on ${date}: ${versions.join(', ')}.`,
  },
};
