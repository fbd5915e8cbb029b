import type { PathwayStrings } from './pathway.js';
import type { ControlsStrings } from './controls.js';
import type { QuestionnaireStrings } from './questionnaire.js';
import type { RecommendationViewStrings } from './recommendation-view.js';

/** The shape every locale's catalogue must fill. */
export interface Catalogue {
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
      readonly types: { readonly string: string; readonly number: string; readonly int: string; readonly boolean: string; readonly array: string; readonly object: string };
      readonly formats: { readonly id: string; readonly date: string; readonly version: string };
      readonly items: { readonly level: string; readonly service: string; readonly section: string; readonly question: string; readonly option: string; readonly rule: string; readonly floor: string };
      readonly notEmpty: string;
      readonly atLeast: (minimum: string) => string;
    };
    readonly summary: (count: number) => string;
    readonly notJson: (detail: string) => string;
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
    readonly unknownService: (id: string) => string;
    readonly unknownOperator: (op: string) => string;
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
    readonly outOfRange: (id: string, min: number | undefined, max: number | undefined) => string;
    readonly expected: { readonly choice: string; readonly choices: string; readonly text: string; readonly number: string; readonly object: string };
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
    readonly source: (title: string, paragraph: string | undefined) => string;
    readonly alsoNoted: string;
    readonly strengths: string;
    readonly noStrengths: string;
    readonly advice: string;
    readonly missing: string;
    readonly notices: string;
    readonly stamp: string;
    readonly stampLine: (packId: string, version: string, effectiveFrom: string) => string;
    readonly contentHash: string;
    readonly evaluatedAt: string;
    readonly urgentNow: string;
  };
  /** The rule authors' command line. */
  readonly cli: {
    readonly usage: string;
    readonly columns: {
      readonly pack: string;
      readonly version: string;
      readonly status: string;
      readonly cases: string;
      readonly passed: string;
      readonly failed: string;
      readonly result: string;
    };
    readonly ok: string;
    readonly failed: string;
    readonly invalidPack: string;
    readonly invalidCase: (file: string) => string;
    readonly noPacks: (dir: string) => string;
    readonly caseFailed: (name: string, description: string) => string;
    readonly summary: (packs: number, cases: number, failures: number) => string;
    readonly cannotRead: (file: string, detail: string) => string;
    readonly unknownCommand: (name: string) => string;
    readonly answerProblems: string;
    readonly versionMismatch: (fileVersion: string, version: string) => string;
    readonly idMismatch: (folder: string, id: string) => string;
    readonly wrote: (file: string) => string;
    readonly releaseUnlocked: (key: string) => string;
    readonly releaseChanged: (key: string) => string;
    readonly releasesOk: (count: number) => string;
  };
  readonly questionnaire: QuestionnaireStrings;
  readonly controls: ControlsStrings;
  readonly pathway: PathwayStrings;
  readonly recommendationView: RecommendationViewStrings;
  readonly selection: {
    readonly empty: () => string;
    readonly mixed: (ids: readonly string[]) => string;
    readonly badDate: (value: string) => string;
    readonly noneInForce: (packId: string, date: string, range: string) => string;
    readonly ambiguous: (packId: string, date: string, versions: readonly string[]) => string;
  };
}
