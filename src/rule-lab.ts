/**
 * `early-help-pathway/rule-lab`: the rule author's workbench, apart from the practitioner's
 * elements so it never weighs on their bundle. Side-effect free; import
 * `early-help-pathway/rule-lab/define` to register `<eh-rule-lab>`.
 */
export { EhRuleLab } from './components/rule-lab/rule-lab.js';
export type { RuleLabTab } from './components/rule-lab/rule-lab.js';
export { EhPackEditEvent } from './events/pack-edit.js';
export { libraryPacks, libraryCases, runGoldenCases, compareVersionsOver, runLabTask } from './engine/lab.js';
export type {
  LabFile,
  RuleLibrary,
  LibraryPack,
  CaseRun,
  CaseRunResult,
  LabTask,
  LabTaskResult,
} from './engine/lab.js';
export { ruleLabStrings } from './i18n/rule-lab.js';
export { WORKER_POLICY } from './components/rule-lab/worker-url.js';
export type { RuleLabStrings } from './i18n/rule-lab.js';
