import type { PathwayStrings } from './pathway.js';
import type { ControlsStrings } from './controls.js';
import type { QuestionnaireStrings } from './questionnaire.js';
import type { RecommendationViewStrings } from './recommendation-view.js';
import type { EngineStrings } from './engine.js';

/** The shape every locale's catalogue must fill: the engine's messages and the elements' own. */
export interface Catalogue extends EngineStrings {
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
    readonly summary: (packs: number, cases: number, failures: number, other: number) => string;
    readonly cannotRead: (file: string, detail: string) => string;
    readonly unknownCommand: (name: string) => string;
    readonly answerProblems: string;
    readonly versionMismatch: (fileVersion: string, version: string) => string;
    readonly idMismatch: (folder: string, id: string) => string;
    readonly wrote: (file: string) => string;
    readonly releaseUnlocked: (key: string) => string;
    readonly releaseChanged: (key: string) => string;
    readonly releasesOk: (count: number) => string;
    readonly unknownOption: (option: string, command: string) => string;
    readonly badOptionValue: (option: string) => string;
    readonly badLang: (value: string) => string;
    readonly wrongArguments: (command: string) => string;
    /** `explain` with required questions unanswered, and how to allow it. */
    readonly answersIncomplete: (count: number) => string;
    /** After the list of answers `explain` could not use: how to allow them. */
    readonly answersInvalid: string;
  };
  readonly questionnaire: QuestionnaireStrings;
  readonly controls: ControlsStrings;
  readonly pathway: PathwayStrings;
  readonly recommendationView: RecommendationViewStrings;
}
