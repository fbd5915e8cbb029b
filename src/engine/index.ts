/**
 * The pure engine: no DOM, no lit. Safe to use in node, a worker or the browser.
 */
export * from './schema.js';
export {
  PackError,
  parsePack,
  isParsedPack,
  PACK_LIMITS,
  packHash,
  forEachText,
  listQuestions,
  isGraded,
  formatPath,
  DERIVED,
  readOf,
} from './pack.js';
export type { PackProblem, ParseOptions, QuestionEntry, PathSegment } from './pack.js';
export { validateAnswers, answerState, isAnswered } from './answers.js';
export type { AnswerProblem, AnswerCheck, AnswerState } from './answers.js';
export { evaluate, packStamp, describeAnswer, localize, sourceOutcome, DEFAULT_RULE_ID } from './evaluate.js';
export type {
  EvaluateOptions,
  Evidence,
  LevelOutcome,
  MissingQuestion,
  PackStamp,
  Recommendation,
  RuleResult,
  RuleStatus,
  ServiceOutcome,
  SourceOutcome,
} from './evaluate.js';
export { selectPack, compareVersions, toCalendarDate, PackSelectionError } from './select.js';
export type { SelectOptions } from './select.js';
export { apply as applyLogic, applyWithTrace, truthy, OPERATORS, LogicError } from './logic.js';
export type { TraceNode, JsonLogic } from './logic.js';
export { canonicalJson, sha256Hex } from './hash.js';
export { recommendationSummary, recommendationText, levelName } from './report.js';
export type { TextOptions } from './report.js';
export { signsOfSafety } from './signs-of-safety.js';
export type { SignsOfSafety, SignsOfSafetyItem, SignsOfSafetyKind, SignsOfSafetyOptions } from './signs-of-safety.js';
export { GoldenCaseSchema, runCase, caseAppliesTo } from './cases.js';
export type { GoldenCase, CaseResult } from './cases.js';
export { makeOverride, OverrideError } from './override.js';
export { nextSteps, nextStepsOrSuggestion, levelKind, consentOf } from './next-steps.js';
export type { NextSteps, NextStepsOptions, LevelKind, ConsentState } from './next-steps.js';
export type { Override } from './override.js';
export * from './referral.js';
export * from './fhir.js';
export { evaluateOutcome } from './outcome.js';
export type { OutcomeSummary } from './outcome.js';
export { batchOutcomes, caseLayout, encodeCases, summaryAt, WordDecision, URGENT, COMPLETE, INVALID } from './batch.js';
export type { BatchOutcomes, CaseColumn, CaseLayout, EncodedCases } from './batch.js';
export { simulate, simulateAsync, SimulationTally, summaryOf } from './simulate.js';
export type { Distribution, LevelCount, ServiceCount, RunOptions, Caseload } from './simulate.js';
export { diff, diffAsync, DiffTally } from './diff.js';
export type { DiffResult, DiffOptions, DiffSide, ChangedCase, CaseOutcome, LevelShift, ServiceChange } from './diff.js';
export { lint } from './lint.js';
export type { LintResult, LintFinding, LintOptions, Witness } from './lint.js';
export { parseCaseload, caseloadFormat, generatedCases, generateCaseload, concatCases } from './caseload.js';
export type {
  CaseloadCase,
  CaseloadProblem,
  CaseloadRead,
  CaseSource,
  GenerateOptions,
  GeneratedCases,
} from './caseload.js';
export { goldenCaseFrom, readGoldenCase } from './cases.js';
export type { CaseFailure } from './cases.js';
export { compile } from './logic.js';
export { whatWouldChange, whatWouldChangeAsync, isFixed } from './what-if.js';
export type { WhatIf, WhatIfDirection, WhatIfSuggestion, WhatIfOptions, AnswerChange } from './what-if.js';
export { whatIfText, whatIfLines } from './what-if-text.js';
export type { WhatIfText, WhatIfBlock, WhatIfWay } from './what-if-text.js';
