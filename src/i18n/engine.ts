/**
 * The engine's own messages: results, evidence, pack and answer problems, the plain-text
 * summary and the Signs of Safety arrangement. The pure engine (`early-help-pathway/engine`)
 * imports only this file, never the elements' catalogues; `en.ts` and `cy.ts` build on it.
 */
import { cyIsOne, enPlural, formatCount, pluralOf } from './count.js';

const nEn = (value: number) => formatCount(value, 'en');
const nCy = (value: number) => formatCount(value, 'cy');

export interface EngineStrings {
  readonly locale: 'en' | 'cy';
  /** Month names, for runtimes whose Intl has no data for this language. */
  readonly months: readonly string[];
  /** A date and a time together, where the runtime has no Intl data for the language: "1 May 2026 at 11:30". */
  readonly dateAtTime: (date: string, time: string) => string;
  /** The statement every result carries. */
  readonly advisory: string;
  /** Labels of the built-in yes / no / not sure answers. */
  readonly answers: { readonly yes: string; readonly no: string; readonly 'not-sure': string };
  readonly evidence: { readonly notAnswered: string; readonly none: string; readonly listSeparator: string };
  readonly recommendation: {
    readonly incomplete: (count: number) => string;
    readonly notInForce: (from: string, to: string | undefined) => string;
    readonly draft: string;
    readonly illustrative: string;
    readonly cappedBy: (from: string, to: string) => string;
  };
  /** Sentences a rule author reads when a pack is rejected. */
  readonly packProblems: {
    /** Words slotted into the sentences below. */
    readonly names: {
      readonly types: {
        readonly string: string;
        readonly number: string;
        readonly int: string;
        readonly boolean: string;
        readonly array: string;
        readonly object: string;
      };
      readonly formats: { readonly id: string; readonly date: string; readonly version: string };
      readonly items: {
        readonly level: string;
        readonly service: string;
        readonly section: string;
        readonly question: string;
        readonly option: string;
        readonly rule: string;
        readonly floor: string;
      };
      readonly notEmpty: string;
      readonly atLeast: (minimum: string) => string;
    };
    readonly summary: (count: number) => string;
    readonly notJson: (detail: string) => string;
    readonly tooDeep: (limit: number) => string;
    readonly tooLarge: (limit: number) => string;
    readonly required: () => string;
    readonly unknownField: (name: string) => string;
    readonly wrongType: (expected: string) => string;
    readonly badFormat: (what: string) => string;
    readonly notOneOf: (allowed: readonly string[]) => string;
    readonly tooFew: (minimum: number) => string;
    readonly badLocale: (allowed: readonly string[]) => string;
    readonly invalid: () => string;
    readonly missingText: (locale: string) => string;
    readonly undeclaredText: (locale: string) => string;
    readonly duplicateLocale: (locale: string) => string;
    readonly duplicateId: (kind: string, id: string) => string;
    readonly duplicateRank: (rank: number) => string;
    readonly duplicateOption: (value: string) => string;
    readonly unknownLevel: (id: string) => string;
    /** The urgent outcome named where only a level may stand. */
    readonly urgentNotALevel: (id: string) => string;
    readonly unknownService: (id: string) => string;
    readonly unknownOperator: (op: string) => string;
    /** An operation given fewer arguments than it can work with. */
    readonly badArguments: (op: string, minimum: number) => string;
    readonly badMissingSome: () => string;
    /** An object in a rule that is not an operation (no key, or several keys). */
    readonly notAnOperation: (keys: readonly string[]) => string;
    readonly unknownVar: (name: string) => string;
    readonly notGraded: (name: string) => string;
    readonly outcomeOutsideAdvice: (name: string) => string;
    readonly laterQuestion: (name: string) => string;
    readonly selfReference: (name: string) => string;
    readonly concernNeedsLevel: () => string;
    readonly levelNotAllowed: (kind: string) => string;
    readonly capNotAllowed: () => string;
    readonly capOnlyStrength: () => string;
    readonly urgentWithoutOutcome: () => string;
    readonly optionsRequired: (type: string) => string;
    readonly optionsNotAllowed: (type: string) => string;
    readonly optionLevelNotAllowed: () => string;
    readonly boundsReversed: () => string;
    readonly datesReversed: () => string;
    readonly approvalMissing: () => string;
    readonly noContact: () => string;
    readonly urgentServiceMissing: () => string;
  };
  /** Problems with a set of answers, for the host developer and the rule author. */
  readonly answerProblems: {
    readonly unknownQuestion: (id: string) => string;
    readonly wrongType: (id: string, expected: string) => string;
    readonly notAnOption: (id: string, value: string) => string;
    readonly repeated: (id: string, value: string) => string;
    readonly exclusive: (id: string, value: string) => string;
    readonly tooLong: (id: string, max: number) => string;
    /** A multiple choice with more items than it has options. */
    readonly tooMany: (id: string, max: number) => string;
    readonly outOfRange: (id: string, min: number | undefined, max: number | undefined) => string;
    readonly expected: {
      readonly choice: string;
      readonly choices: string;
      readonly text: string;
      readonly number: string;
      readonly object: string;
    };
  };
  /** Headings of the plain-text summary (also printed by `eh-rules explain`). */
  readonly report: {
    readonly title: string;
    readonly level: string;
    readonly provisional: string;
    readonly services: string;
    readonly phone: string;
    readonly email: string;
    readonly web: string;
    readonly hours: string;
    readonly outOfHours: string;
    readonly nextSteps: string;
    readonly because: string;
    /** Before the answers that say when a rule applies rather than why. */
    readonly appliesWhen: string;
    readonly source: (title: string, paragraph: string | undefined) => string;
    readonly alsoNoted: string;
    readonly strengths: string;
    readonly noStrengths: string;
    readonly advice: string;
    readonly missing: string;
    /** Answers given as "don't know" or "not sure" that could change the level. */
    readonly unknowns: string;
    readonly notices: string;
    readonly stamp: string;
    readonly stampLine: (packId: string, version: string, effectiveFrom: string) => string;
    readonly contentHash: string;
    /** After the first characters of the hash, on screen: the way to see all of it. */
    readonly showHash: string;
    readonly evaluatedAt: string;
    readonly urgentNow: string;
    readonly decisionTitle: string;
    readonly suggested: string;
    readonly chosen: string;
    readonly reason: string;
    readonly recordedAt: string;
    /** The suggestion changed after the decision was recorded. */
    readonly stale: string;
    readonly answers: string;
  };
  /** "What would change this": conditions to watch, never answers to change. */
  readonly whatIf: {
    readonly title: string;
    readonly intro: string;
    /** Before the ways to a higher outcome; `exact` false: the least it would be, whatever follow-ups are answered. */
    readonly up: (level: string, exact: boolean) => string;
    /** Before the ways to a lower outcome; `exact` false: the most it would be. */
    readonly down: (level: string, exact: boolean) => string;
    /** Between two ways of reaching the same outcome. */
    readonly or: string;
    /** Before conditions that must all hold together. */
    readonly allOf: string;
    /** Nothing within the changes searched reaches the next level up. */
    readonly noneUp: (level: string, maxChanges: number) => string;
    /** No recorded need easing, within the changes searched, reaches the next level down. */
    readonly noneDown: (level: string, maxChanges: number) => string;
    readonly unclaimed: string;
    /** Once, when a change opens follow-up questions. */
    readonly opensNote: string;
    readonly set: (question: string, answer: string) => string;
    readonly added: (question: string, option: string) => string;
    readonly removed: (question: string, option: string) => string;
    readonly notSearched: string;
    readonly working: string;
  };
  readonly selection: {
    readonly empty: () => string;
    readonly mixed: (ids: readonly string[]) => string;
    readonly badDate: (value: string) => string;
    readonly noneInForce: (packId: string, date: string, range: string) => string;
    readonly ambiguous: (packId: string, date: string, versions: readonly string[]) => string;
  };
  /** What happens next once the practitioner has decided (`nextSteps`). */
  readonly nextSteps: {
    /** The practitioner's level, with the suggestion beside it. */
    readonly decided: string;
    readonly suggestedBeside: (level: string) => string;
    /** Leads the result when consent does not let an early-help request go ahead. */
    readonly consentTitle: string;
    readonly consentRefused: string;
    readonly consentNotAsked: string;
    readonly consentUnknown: string;
    readonly consentCan: string;
    readonly consentSafeguarding: string;
    /** In place of the downloads while consent is not recorded. */
    readonly requestNeedsConsent: string;
  };
  /** The Signs of Safety arrangement: its three questions and the sentences it builds. */
  readonly signsOfSafety: {
    readonly worried: string;
    readonly workingWell: string;
    readonly needsToHappen: string;
    /** Introduces a service and its contacts among the things that need to happen. */
    readonly contact: (service: string) => string;
    /** A required question still to answer, among the things that need to happen. */
    readonly answer: (question: string) => string;
    /** The practitioner's override, among the things that need to happen. */
    readonly override: (chosen: string, suggested: string) => string;
    /** Nothing needs to happen beyond what the level says (no service, advice or question left). */
    readonly nothingMore: string;
  };
}

export const engineEn: EngineStrings = {
  locale: 'en',
  dateAtTime: (date, time) => `${date} at ${time}`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
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
      `This result is provisional: ${nEn(count)} required ${enPlural(count, 'question is', 'questions are')} still unanswered.`,
    notInForce: (from, to) =>
      to
        ? `This rule pack is in force from ${from} to ${to}, not on the date of this result.`
        : `This rule pack is in force from ${from}, not on the date of this result.`,
    draft: 'This rule pack is a draft and has not been approved for use.',
    illustrative: 'This rule pack is illustrative: it is an example, not an approved local policy.',
    cappedBy: (from, to) => `A strength lowered the level from ${from} to ${to}.`,
  },
  packProblems: {
    names: {
      types: {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: 'true or false',
        array: 'a list',
        object: 'an object',
      },
      formats: {
        id: 'an id made of lower-case letters, digits and hyphens',
        date: 'a calendar date written YYYY-MM-DD',
        version: 'a semantic version such as "1.0.0"',
      },
      items: {
        level: 'level',
        service: 'service',
        section: 'section',
        question: 'question',
        option: 'option',
        rule: 'rule',
        floor: 'safety floor',
      },
      notEmpty: 'text that is not empty',
      atLeast: (minimum) => `at least ${minimum}`,
    },
    summary: (count) => `The rule pack has ${nEn(count)} ${enPlural(count, 'problem', 'problems')}:`,
    notJson: (detail) => `The file is not valid JSON (${detail}).`,
    tooDeep: (limit) =>
      `This part nests more than ${nEn(limit)} levels deep, more than any rule needs; write it flatter ("and" and "or" take any number of parts).`,
    tooLarge: (limit) => `The file is longer than ${nEn(limit)} characters, the most a rule pack may be.`,
    required: () => 'This field is required but missing.',
    unknownField: (name) => `"${name}" is not a field the format knows; check its spelling.`,
    wrongType: (expected) => `Expected ${expected} here.`,
    badFormat: (what) => `The value is not ${what}.`,
    notOneOf: (allowed) => `The value must be one of: ${allowed.join(', ')}.`,
    tooFew: (minimum) =>
      pluralOf(minimum, 'en') === 'one'
        ? 'At least one entry is needed here.'
        : `At least ${nEn(minimum)} entries are needed here.`,
    badLocale: (allowed) => `Text may only be given in these languages: ${allowed.join(', ')}.`,
    invalid: () => 'The value is not valid here.',
    missingText: (locale) => `Text is missing in "${locale}", which the pack declares in "locales".`,
    undeclaredText: (locale) => `Text is given in "${locale}", which the pack does not declare in "locales".`,
    duplicateLocale: (locale) => `"${locale}" is listed twice in "locales".`,
    duplicateId: (kind, id) => `Another ${kind} already has the id "${id}"; ids must be unique.`,
    duplicateRank: (rank) => `Another level already has rank ${rank}; each level needs its own rank.`,
    duplicateOption: (value) => `The option value "${value}" is used twice in this question.`,
    unknownLevel: (id) => `There is no level (or urgent outcome) with the id "${id}".`,
    urgentNotALevel: (id) =>
      `"${id}" is the urgent outcome, not a level: only urgent rules lead to it. Name one of the pack's levels here.`,
    unknownService: (id) => `There is no service with the id "${id}".`,
    notAnOperation: (keys) =>
      keys.length === 0
        ? 'An empty object is not a JSON-Logic operation: it always counts as true. Write the test it should hold.'
        : `An object with several operations (${keys.join(', ')}) is not a JSON-Logic operation: it always counts as true. Put each test in its own object inside "and" or "or".`,
    unknownOperator: (op) => `"${op}" is not a JSON-Logic operation this library allows.`,
    badArguments: (op, minimum) =>
      `"${op}" needs at least ${nEn(minimum)} ${minimum === 1 ? 'argument' : 'arguments'}.`,
    badMissingSome: () => '"missing_some" needs two arguments: how many are needed, and a list of answers.',
    unknownVar: (name) => `"${name}" does not name a question in this pack.`,
    notGraded: (name) => `"${name}" has no options with a level, so it has no graded level to read.`,
    outcomeOutsideAdvice: (name) =>
      `"${name}" is only known after the level is decided, so only advice rules may read it.`,
    laterQuestion: (name) =>
      `"showIf" refers to "${name}", which is asked later; it may only refer to earlier questions.`,
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
    tooMany: (id, max) => `"${id}" has more choices than its ${nEn(max)} options.`,
    outOfRange: (id, min, max) => `The answer to "${id}" must be between ${min ?? '-∞'} and ${max ?? '∞'}.`,
    expected: {
      choice: 'one option value (text)',
      choices: 'a list of option values',
      text: 'text',
      number: 'a number',
      object: 'an object of answers keyed by question id',
    },
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
    appliesWhen: 'It applies because of these answers too:',
    source: (title, paragraph) => (paragraph ? `Source: ${title}, paragraph ${paragraph}` : `Source: ${title}`),
    alsoNoted: 'Also noted (these point to a lower level)',
    strengths: 'What is working well',
    noStrengths: 'No strengths were recorded.',
    advice: 'Advice',
    missing: 'Still to answer',
    unknowns: 'Not known yet, and finding out could change the level',
    notices: 'Please note',
    stamp: 'Rule pack',
    stampLine: (packId, version, effectiveFrom) => `${packId} version ${version}, in force from ${effectiveFrom}`,
    contentHash: 'Content hash (SHA-256)',
    showHash: 'show all of it',
    evaluatedAt: 'Worked out at',
    urgentNow: 'Act now',
    decisionTitle: "Practitioner's decision",
    suggested: 'Suggested level',
    chosen: 'Level chosen by the practitioner',
    reason: 'Reason',
    recordedAt: 'Recorded at',
    stale: 'The suggested level changed after this decision was recorded.',
    answers: 'Answers given',
  },
  whatIf: {
    title: 'What would change this',
    intro: 'Worked out from the rules: conditions to watch, not answers to change. Record only what is true.',
    up: (level, exact) => (exact ? `It would be ${level} if:` : `It would be at least ${level} if:`),
    down: (level, exact) => (exact ? `It would be ${level} if:` : `It would be no higher than ${level} if:`),
    or: 'or',
    allOf: 'all of these:',
    noneUp: (level, n) =>
      `No change to ${n === 1 ? 'one answer' : n === 2 ? 'one or two answers' : `up to ${nEn(n)} answers`} would make it ${level}.`,
    noneDown: (level, n) =>
      `Easing ${n === 1 ? 'one recorded need' : n === 2 ? 'one or two recorded needs' : `up to ${nEn(n)} recorded needs`} would not make it ${level}.`,
    unclaimed: 'Some changes open further questions and could not all be checked.',
    opensNote: 'Where a change opens further questions, this holds whatever they are answered.',
    set: (question, answer) => `${question}: ${answer}`,
    added: (question, option) => `${question}: ${option} as well`,
    removed: (question, option) => `${question}: no longer ${option}`,
    notSearched: 'This is worked out once every required question is answered.',
    working: 'Working this out…',
  },
  selection: {
    empty: () => 'No rule packs were given to choose from.',
    mixed: (ids) =>
      `The rule packs belong to different pathways (${ids.join(', ')}); choose among versions of one pack.`,
    badDate: (value) => `"${value}" is not a date.`,
    noneInForce: (packId, date, range) => `No version of "${packId}" is in force on ${date}. Versions cover: ${range}.`,
    ambiguous: (packId, date, versions) =>
      `More than one version of "${packId}" starts on the same day and is in force on ${date}: ${versions.join(', ')}.`,
  },
  nextSteps: {
    decided: 'Level you decided on',
    suggestedBeside: (level) => `Suggested by the rules: ${level}`,
    consentTitle: 'An early help request cannot go ahead yet',
    consentRefused: 'The family has not agreed to a request for early help, so it cannot be made.',
    consentNotAsked:
      'The family has not been asked yet whether they agree to a request for early help, so it cannot be made yet.',
    consentUnknown: "The family's agreement to a request for early help is not recorded, so it cannot be made yet.",
    consentCan:
      'What you can do now: talk with the family about the help on offer and why it could help, offer everyday support, and record their answer.',
    consentSafeguarding:
      "If you are worried the child is at risk of significant harm, contact the front door now: you do not need the family's agreement to share a safeguarding concern.",
    requestNeedsConsent: "The early help request can be downloaded once the family's agreement is recorded.",
  },
  signsOfSafety: {
    worried: 'What are we worried about?',
    workingWell: 'What is working well?',
    needsToHappen: 'What needs to happen?',
    contact: (service) => `Who to contact: ${service}`,
    answer: (question) => `Answer the required question: ${question}`,
    override: (chosen, suggested) => `The practitioner chose ${chosen} instead of the suggested level (${suggested}).`,
    nothingMore: 'Nothing more is needed beyond the level described above.',
  },
};

export const engineCy: EngineStrings = {
  locale: 'cy',
  dateAtTime: (date, time) => `${date} am ${time}`,
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  advisory:
    "Cyngor i gefnogi eich barn broffesiynol yw hwn, nid penderfyniad. Chi a'r Drws Ffrynt lleol sy'n penderfynu beth sy'n digwydd nesaf.",
  answers: { yes: 'Ie', no: 'Na', 'not-sure': 'Ddim yn siŵr' },
  evidence: {
    notAnswered: 'heb ei ateb',
    none: "dim wedi'i ddewis",
    listSeparator: ', ',
  },
  recommendation: {
    incomplete: (count) =>
      cyIsOne(count)
        ? 'Canlyniad dros dro yw hwn: mae un cwestiwn gofynnol heb ei ateb o hyd.'
        : `Canlyniad dros dro yw hwn: mae ${nCy(count)} o gwestiynau gofynnol heb eu hateb o hyd.`,
    notInForce: (from, to) =>
      to
        ? `Mae'r pecyn rheolau hwn mewn grym o ${from} hyd at ${to}, ac nid yw mewn grym ar ddyddiad y canlyniad hwn.`
        : `Mae'r pecyn rheolau hwn mewn grym o ${from} ymlaen, ac nid yw mewn grym ar ddyddiad y canlyniad hwn.`,
    draft: "Drafft yw'r pecyn rheolau hwn, ac nid yw wedi'i gymeradwyo i'w ddefnyddio.",
    illustrative: "Enghreifftiol yw'r pecyn rheolau hwn: enghraifft ydyw, nid polisi lleol wedi'i gymeradwyo.",
    cappedBy: (from, to) => `Mae cryfder wedi gostwng y lefel: ${from} oedd hi, ${to} yw hi bellach.`,
  },
  packProblems: {
    names: {
      types: {
        string: 'testun',
        number: 'rhif',
        int: 'rhif cyfan',
        boolean: 'gwir neu gau (true/false)',
        array: 'rhestr',
        object: 'gwrthrych',
      },
      formats: {
        id: 'id o lythrennau bach, digidau a chysylltnodau',
        date: 'dyddiad ar y ffurf YYYY-MM-DD',
        version: 'fersiwn semantig fel "1.0.0"',
      },
      items: {
        level: 'lefel',
        service: 'gwasanaeth',
        section: 'adran',
        question: 'cwestiwn',
        option: 'opsiwn',
        rule: 'rheol',
        floor: 'llawr diogelwch',
      },
      notEmpty: "testun nad yw'n wag",
      atLeast: (minimum) => `o leiaf ${minimum}`,
    },
    summary: (count) =>
      cyIsOne(count) ? 'Mae un broblem yn y pecyn rheolau:' : `Mae ${nCy(count)} o broblemau yn y pecyn rheolau:`,
    notJson: (detail) => `Nid yw'r ffeil yn JSON dilys (${detail}).`,
    tooDeep: (limit) =>
      `Mae'r rhan hon yn nythu mwy na ${nCy(limit)} lefel o ddyfnder, mwy nag sydd ei angen ar unrhyw reol; ysgrifennwch hi'n fwy gwastad (mae "and" ac "or" yn derbyn unrhyw nifer o rannau).`,
    tooLarge: (limit) => `Mae'r ffeil yn hirach na ${nCy(limit)} nod, yr hyd mwyaf a ganiateir i becyn rheolau.`,
    required: () => "Mae'r maes hwn yn ofynnol, ond mae ar goll.",
    unknownField: (name) => `Nid yw "${name}" yn faes y mae'r fformat yn ei adnabod; gwiriwch y sillafu.`,
    wrongType: (expected) => `Roedd disgwyl ${expected} yma.`,
    badFormat: (what) => `Nid yw'r gwerth ar y ffurf gywir: ${what}.`,
    notOneOf: (allowed) => `Rhaid i'r gwerth fod yn un o'r canlynol: ${allowed.join(', ')}.`,
    tooFew: (minimum) =>
      cyIsOne(minimum) ? 'Mae angen o leiaf un eitem yma.' : `Mae angen o leiaf ${nCy(minimum)} o eitemau yma.`,
    badLocale: (allowed) => `Dim ond yn yr ieithoedd hyn y gellir rhoi testun: ${allowed.join(', ')}.`,
    invalid: () => "Nid yw'r gwerth yn ddilys yma.",
    missingText: (locale) => `Mae testun ar goll yn "${locale}", er bod y pecyn yn datgan yr iaith honno yn "locales".`,
    undeclaredText: (locale) =>
      `Mae testun wedi'i roi yn "${locale}", ond nid yw'r pecyn yn datgan yr iaith honno yn "locales".`,
    duplicateLocale: (locale) => `Mae "${locale}" wedi'i restru ddwywaith yn "locales".`,
    duplicateId: (kind, id) => `Mae ${kind} arall eisoes yn defnyddio'r id "${id}"; rhaid i bob id fod yn unigryw.`,
    duplicateRank: (rank) => `Mae gan lefel arall y rheng ${rank} eisoes; mae angen rheng wahanol ar bob lefel.`,
    duplicateOption: (value) => `Mae gwerth yr opsiwn "${value}" wedi'i ddefnyddio ddwywaith yn y cwestiwn hwn.`,
    unknownLevel: (id) => `Nid oes lefel (na chanlyniad brys) â'r id "${id}".`,
    urgentNotALevel: (id) =>
      `Y canlyniad brys yw "${id}", nid lefel: dim ond rheolau brys sy'n arwain ato. Enwch un o lefelau'r pecyn yma.`,
    unknownService: (id) => `Nid oes gwasanaeth â'r id "${id}".`,
    notAnOperation: (keys) =>
      keys.length === 0
        ? 'Nid yw gwrthrych gwag yn weithrediad JSON-Logic: mae bob amser yn cyfrif yn wir. Ysgrifennwch y prawf y dylai ei ddal.'
        : `Nid yw gwrthrych â sawl gweithrediad (${keys.join(', ')}) yn weithrediad JSON-Logic: mae bob amser yn cyfrif yn wir. Rhowch bob prawf yn ei wrthrych ei hun o fewn "and" neu "or".`,
    unknownOperator: (op) => `Nid yw "${op}" yn weithrediad JSON-Logic y mae'r llyfrgell hon yn ei ganiatáu.`,
    badArguments: (op, minimum) => `Mae angen o leiaf ${nCy(minimum)} o ddadleuon ar "${op}".`,
    badMissingSome: () => 'Mae angen dwy ddadl ar "missing_some": faint sydd eu hangen, a rhestr o atebion.',
    unknownVar: (name) => `Nid oes cwestiwn o'r enw "${name}" yn y pecyn hwn.`,
    notGraded: (name) =>
      `Nid oes gan "${name}" unrhyw opsiynau â lefel, felly nid oes ganddo lefel raddedig i'w darllen.`,
    outcomeOutsideAdvice: (name) =>
      `Dim ond ar ôl penderfynu ar y lefel y mae "${name}" yn hysbys, felly dim ond rheolau cyngor a gaiff ei ddarllen.`,
    laterQuestion: (name) =>
      `Mae "showIf" yn cyfeirio at "${name}", sy'n cael ei ofyn yn nes ymlaen; dim ond at gwestiynau cynharach y caiff gyfeirio.`,
    selfReference: (name) => `Mae "showIf" y cwestiwn "${name}" yn cyfeirio ato'i hun.`,
    concernNeedsLevel: () => 'Rhaid i reolau pryder nodi, yn "level", y lefel y maent yn cyfeirio ati.',
    levelNotAllowed: (kind) => `Nid yw rheol o'r math ${kind} yn gosod lefel; tynnwch "level".`,
    capNotAllowed: () =>
      'Dim ond pan fydd y polisi\'n nodi "strengths": "may-cap" y caiff cryfder osod uchafswm ar y lefel.',
    capOnlyStrength: () => 'Dim ond rheolau cryfder a gaiff osod uchafswm ar y lefel.',
    urgentWithoutOutcome: () => 'Er mwyn defnyddio rheolau brys, rhaid i\'r pecyn ddatgan canlyniad "urgent".',
    optionsRequired: (type) => `Mae angen "options" ar gwestiwn o'r math ${type}.`,
    optionsNotAllowed: (type) => `Nid yw cwestiwn o'r math ${type} yn derbyn "options".`,
    optionLevelNotAllowed: () => 'Dim ond opsiynau cwestiwn un dewis a gaiff nodi lefel.',
    boundsReversed: () => 'Mae "min" yn fwy na "max".',
    datesReversed: () => 'Mae "effectiveTo" yn gynharach na "effectiveFrom".',
    approvalMissing: () =>
      'Rhaid i becyn sydd wedi\'i gymeradwyo nodi pwy a\'i gymeradwyodd ("provenance.approvedBy").',
    noContact: () => "Rhaid i wasanaeth gael o leiaf un o'r canlynol: rhif ffôn, cyfeiriad e-bost neu gyfeiriad gwe.",
    urgentServiceMissing: () => 'Mae angen o leiaf un gwasanaeth sy\'n cynnwys y canlyniad brys yn ei "levels".',
  },
  answerProblems: {
    unknownQuestion: (id) => `Nid oes cwestiwn "${id}" yn y pecyn hwn.`,
    wrongType: (id, expected) => `Dylai'r ateb i "${id}" fod ar ffurf ${expected}.`,
    notAnOption: (id, value) => `Nid yw "${value}" yn un o opsiynau "${id}".`,
    repeated: (id, value) => `Mae "${value}" wedi'i ddewis ddwywaith yn "${id}".`,
    exclusive: (id, value) => `Ni ellir dewis "${value}" yn "${id}" ynghyd ag opsiynau eraill.`,
    tooLong: (id, max) => `Mae'r ateb i "${id}" yn hirach na ${max} nod.`,
    tooMany: (id, max) => `Mae gan "${id}" fwy o ddewisiadau na'i ${nCy(max)} opsiwn.`,
    outOfRange: (id, min, max) => `Rhaid i'r ateb i "${id}" fod o ${min ?? '-∞'} hyd at ${max ?? '∞'}.`,
    expected: {
      choice: 'un gwerth opsiwn (testun)',
      choices: 'rhestr o werthoedd opsiwn',
      text: 'testun',
      number: 'rhif',
      object: "gwrthrych o atebion wedi'u rhestru yn ôl id y cwestiwn",
    },
  },
  report: {
    title: 'Argymhelliad cymorth cynnar',
    level: 'Lefel a awgrymir',
    provisional: 'Dros dro: mae rhai cwestiynau gofynnol heb eu hateb',
    services: 'Pwy i gysylltu â nhw',
    phone: 'Ffôn',
    email: 'E-bost',
    web: 'Gwefan',
    hours: 'Oriau',
    outOfHours: 'Y tu allan i oriau',
    nextSteps: "Beth i'w wneud nesaf",
    because: 'Pam',
    appliesWhen: "Mae'n berthnasol oherwydd yr atebion hyn hefyd:",
    source: (title, paragraph) =>
      paragraph ? `Ffynhonnell: ${title}, paragraff ${paragraph}` : `Ffynhonnell: ${title}`,
    alsoNoted: "Nodwyd hefyd (mae'r rhain yn pwyntio at lefel is)",
    strengths: "Beth sy'n gweithio'n dda",
    noStrengths: 'Ni chofnodwyd unrhyw gryfderau.',
    advice: 'Cyngor',
    missing: 'Heb eu hateb eto',
    unknowns: "Heb ei wybod eto, a gallai dysgu'r ateb newid y lefel",
    notices: 'Sylwch',
    stamp: 'Pecyn rheolau',
    stampLine: (packId, version, effectiveFrom) => `${packId} fersiwn ${version}, mewn grym o ${effectiveFrom} ymlaen`,
    contentHash: 'Stwnsh cynnwys (SHA-256)',
    showHash: 'dangos y cyfan',
    evaluatedAt: 'Amser cyfrifo',
    urgentNow: 'Gweithredwch nawr',
    decisionTitle: 'Penderfyniad yr ymarferydd',
    suggested: 'Lefel a awgrymir',
    chosen: 'Lefel a ddewiswyd gan yr ymarferydd',
    reason: 'Rheswm',
    recordedAt: 'Amser cofnodi',
    stale: "Newidiodd y lefel a awgrymir ar ôl i'r penderfyniad hwn gael ei gofnodi.",
    answers: 'Atebion a roddwyd',
  },
  whatIf: {
    title: "Beth fyddai'n newid hyn",
    intro:
      "Wedi'i gyfrifo o'r rheolau: amodau i gadw llygad arnynt, nid atebion i'w newid. Cofnodwch yr hyn sy'n wir yn unig.",
    // The level's name follows a colon, so no mutation is needed whatever the pack calls it.
    up: (level, exact) =>
      exact
        ? `Byddai'r awgrym ar y lefel hon: ${level}, pe bai'r canlynol yn wir:`
        : `Byddai'r awgrym o leiaf ar y lefel hon: ${level}, pe bai'r canlynol yn wir:`,
    down: (level, exact) =>
      exact
        ? `Byddai'r awgrym ar y lefel hon: ${level}, pe bai'r canlynol yn wir:`
        : `Ni fyddai'r awgrym yn uwch na'r lefel hon: ${level}, pe bai'r canlynol yn wir:`,
    or: 'neu',
    allOf: "pob un o'r rhain:",
    noneUp: (level, n) =>
      `Ni fyddai newid ${n === 1 ? 'un ateb' : n === 2 ? 'un neu ddau ateb' : `hyd at ${nCy(n)} ateb`} yn dod â'r awgrym i'r lefel hon: ${level}.`,
    noneDown: (level, n) =>
      `Ni fyddai llacio ${n === 1 ? 'un angen a gofnodwyd' : n === 2 ? 'un neu ddau angen a gofnodwyd' : `hyd at ${nCy(n)} angen a gofnodwyd`} yn dod â'r awgrym i'r lefel hon: ${level}.`,
    unclaimed: "Mae rhai newidiadau'n agor cwestiynau pellach ac nid oedd modd eu gwirio i gyd.",
    opensNote: "Lle mae newid yn agor cwestiynau pellach, mae hyn yn wir beth bynnag yw'r atebion iddynt.",
    set: (question, answer) => `${question}: ${answer}`,
    added: (question, option) => `${question}: ${option} hefyd`,
    removed: (question, option) => `${question}: dim ${option} mwyach`,
    notSearched: "Caiff hyn ei gyfrifo unwaith y bydd pob cwestiwn gofynnol wedi'i ateb.",
    working: "Wrthi'n cyfrifo…",
  },
  selection: {
    empty: () => 'Ni roddwyd unrhyw becynnau rheolau i ddewis ohonynt.',
    mixed: (ids) =>
      `Mae'r pecynnau rheolau'n perthyn i lwybrau gwahanol (${ids.join(', ')}); dewiswch o blith fersiynau un pecyn yn unig.`,
    badDate: (value) => `Nid yw "${value}" yn ddyddiad.`,
    noneInForce: (packId, date, range) =>
      `Nid oes fersiwn o "${packId}" mewn grym ar ${date}. Mae'r fersiynau'n cwmpasu: ${range}.`,
    ambiguous: (packId, date, versions) =>
      `Mae mwy nag un fersiwn o "${packId}" sy'n dechrau ar yr un diwrnod ac sydd mewn grym ar ${date}: ${versions.join(', ')}.`,
  },
  nextSteps: {
    decided: 'Y lefel y penderfynoch arni',
    suggestedBeside: (level) => `Lefel a awgrymir gan y rheolau: ${level}`,
    consentTitle: 'Ni all cais am gymorth cynnar fynd yn ei flaen eto',
    consentRefused: "Nid yw'r teulu wedi cytuno i gais am gymorth cynnar, felly ni ellir ei wneud.",
    consentNotAsked:
      "Nid yw'r teulu wedi cael eu holi eto a ydynt yn cytuno i gais am gymorth cynnar, felly ni ellir ei wneud eto.",
    consentUnknown: "Nid yw cytundeb y teulu i gais am gymorth cynnar wedi'i gofnodi, felly ni ellir ei wneud eto.",
    consentCan:
      "Beth allwch chi ei wneud nawr: siarad â'r teulu am y cymorth sydd ar gael a sut y gallai helpu, cynnig cymorth bob dydd, a chofnodi eu hateb.",
    consentSafeguarding:
      "Os ydych chi'n poeni bod y plentyn mewn perygl o niwed sylweddol, cysylltwch â'r Drws Ffrynt nawr: nid oes angen cytundeb y teulu arnoch i rannu pryder diogelu.",
    requestNeedsConsent: "Gellir lawrlwytho'r cais am gymorth cynnar unwaith y bydd cytundeb y teulu wedi'i gofnodi.",
  },
  signsOfSafety: {
    worried: "Am beth ydyn ni'n poeni?",
    workingWell: "Beth sy'n gweithio'n dda?",
    needsToHappen: 'Beth sydd angen digwydd?',
    contact: (service) => `Pwy i gysylltu â nhw: ${service}`,
    answer: (question) => `Atebwch y cwestiwn gofynnol: ${question}`,
    override: (chosen, suggested) => `Dewisodd yr ymarferydd ${chosen} yn lle'r lefel a awgrymwyd (${suggested}).`,
    nothingMore: "Nid oes angen dim arall y tu hwnt i'r lefel a ddisgrifir uchod.",
  },
};

export function engineStrings(locale: string | undefined): EngineStrings {
  return locale === 'cy' ? engineCy : engineEn;
}

/**
 * Yes and no that answer the question's own verb, where the language has no single word for
 * them (Welsh: "A oes…?" is answered "Oes" / "Nac oes", "A yw…?" "Ydy" / "Nac ydy"). The first
 * pattern that matches the start of the question wins; the catalogue's `answers` otherwise.
 */
const ANSWERS_BY_VERB: Readonly<
  Record<string, readonly { readonly verb: RegExp; readonly yes: string; readonly no: string }[]>
> = {
  cy: [
    { verb: /^(a )?(yw|ydy)\b/i, yes: 'Ydy', no: 'Nac ydy' },
    { verb: /^(a )?oes\b/i, yes: 'Oes', no: 'Nac oes' },
    { verb: /^(a )?(ydych|ydw)\b/i, yes: 'Ydw', no: 'Nac ydw' },
    { verb: /^(a )?(ydyn|ydynt)\b/i, yes: 'Ydyn', no: 'Nac ydyn' },
    { verb: /^(a )?fydd\b/i, yes: 'Bydd', no: 'Na fydd' },
    { verb: /^(a )?(all|allai)\b/i, yes: 'Gall', no: 'Na all' },
    // Past tense: "A gafodd…?", "A wnaeth…?", "A ddywedodd…?" are answered "Do" / "Naddo".
    { verb: /^(a )?(gafodd|wnaeth|ddywedodd|aeth|ddaeth|welodd)\b/i, yes: 'Do', no: 'Naddo' },
  ],
};

/** The yes / no / not sure labels for a question, answering its verb where the language does. */
export function yesNoLabels(locale: string | undefined, question = ''): EngineStrings['answers'] {
  const t = engineStrings(locale);
  const byVerb = (ANSWERS_BY_VERB[locale ?? 'en'] ?? []).find((entry) => entry.verb.test(question.trim()));
  return byVerb ? { yes: byVerb.yes, no: byVerb.no, 'not-sure': t.answers['not-sure'] } : t.answers;
}
