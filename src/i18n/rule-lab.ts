/**
 * Every sentence `<eh-rule-lab>` shows, in English and Welsh. An authoring catalogue of its
 * own, like `rule-tools.ts`, so none of it weighs on the practitioner's bundle. Version
 * comparisons reuse the `diff` sentences of `rule-tools.ts`, so the lab and `eh-rules diff`
 * say the same thing.
 */
import type { RuleStatus } from '../engine/evaluate.js';
import type { RuleKind } from '../engine/schema.js';

import { enPlural as plural, formatCount } from './count.js';

const en = (value: number) => formatCount(value, 'en');
const cy = (value: number) => formatCount(value, 'cy');

export interface RuleLabStrings {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly loadError: (url: string, detail: string) => string;
  readonly emptyLibrary: string;
  readonly packLabel: string;
  readonly packOption: (id: string, version: string, status: string) => string;
  readonly statuses: { readonly draft: string; readonly approved: string; readonly illustrative: string };
  readonly invalidFile: string;
  readonly tabsLabel: string;
  readonly tabs: {
    readonly rules: string;
    readonly try: string;
    readonly cases: string;
    readonly compare: string;
    readonly proofs: string;
  };
  readonly editorLabel: string;
  readonly editorHint: string;
  readonly valid: (id: string, version: string, hash: string) => string;
  readonly problems: (count: number) => string;
  readonly usingLastValid: (id: string, version: string) => string;
  readonly noValidYet: string;
  readonly editedNotice: string;
  readonly reset: string;
  readonly downloadPack: string;
  readonly missingRule: (ruleId: string) => string;
  readonly none: string;
  readonly count: (value: number) => string;
  readonly progressLabel: string;
  readonly progress: (done: number, total: number) => string;
  readonly starting: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly runFailed: (detail: string) => string;
  readonly inPage: string;
  readonly try: {
    readonly intro: string;
    readonly questionsTitle: string;
    readonly resultTitle: string;
    readonly services: string;
    readonly rationaleTitle: string;
    readonly because: (answers: string) => string;
    readonly rulesTitle: string;
    readonly status: Readonly<Record<RuleStatus, string>>;
    readonly kind: Readonly<Record<RuleKind, string>>;
    readonly waitingOn: (questions: string) => string;
    readonly clear: string;
    readonly saveTitle: string;
    readonly descriptionLabel: string;
    readonly descriptionHint: string;
    readonly descriptionMissing: string;
    readonly download: string;
    readonly downloaded: (file: string, packId: string) => string;
  };
  readonly cases: {
    readonly intro: (count: number, packId: string) => string;
    readonly run: string;
    readonly running: string;
    readonly summary: (passed: number, failed: number, skipped: number) => string;
    readonly caption: (packId: string, version: string) => string;
    readonly columns: {
      readonly case: string;
      readonly expected: string;
      readonly actual: string;
      readonly result: string;
    };
    readonly pass: string;
    readonly fail: string;
    readonly skipped: string;
    readonly unreadable: string;
    readonly expectedRationale: string;
    readonly actualRationale: string;
    readonly noRules: string;
  };
  /** The Proofs tab: safety floors and monotonicity, proved over every answer set. */
  readonly proofs: {
    readonly intro: string;
    readonly noFloors: string;
    readonly run: string;
    readonly running: string;
    readonly summary: (proved: number, violated: number, unsupported: number) => string;
    readonly caption: (packId: string, version: string) => string;
    readonly statuses: { readonly proved: string; readonly violated: string; readonly unsupported: string };
    readonly monotonicity: string;
    readonly gives: (level: string, atLeast: string) => string;
    readonly moves: (question: string, from: string, to: string, before: string, after: string) => string;
    readonly counterexample: string;
    readonly tryIt: string;
    readonly loaded: string;
    readonly cpu: (seconds: string) => string;
  };
  readonly compare: {
    readonly intro: string;
    readonly baselineLabel: string;
    readonly against: (id: string, version: string) => string;
    readonly generateLabel: string;
    readonly generateHint: string;
    readonly generateInvalid: (max: number) => string;
    readonly run: string;
    readonly running: string;
    readonly resultTitle: (from: string, to: string, total: number) => string;
    readonly columns: { readonly from: string; readonly to: string; readonly cases: string };
  };
}

const english: RuleLabStrings = {
  title: 'Rule Lab',
  intro:
    'Try a change to a rule pack before it goes live: edit the rules, answer the questions, run the golden cases and compare versions. Nothing is saved or sent anywhere; download what you want to keep.',
  loading: 'Loading the rule packs…',
  loadError: (url, detail) => `The rule packs could not be loaded from ${url} (${detail}).`,
  emptyLibrary: 'No rule packs were found. Give the Rule Lab a library of packs (library or library-src).',
  packLabel: 'Rule pack and version',
  packOption: (id, version, status) => (status ? `${id} ${version} (${status})` : `${id} ${version}`),
  statuses: { draft: 'draft', approved: 'approved', illustrative: 'illustrative' },
  invalidFile: 'has problems',
  tabsLabel: 'Rule Lab',
  tabs: {
    rules: 'Rules (JSON)',
    try: 'Try answers',
    cases: 'Golden cases',
    compare: 'Compare versions',
    proofs: 'Proofs',
  },
  editorLabel: 'The rule pack as JSON',
  editorHint:
    'It is checked as you type. While it has problems, the last version without problems keeps working in the other tabs.',
  valid: (id, version, hash) => `No problems: ${id} ${version}, content hash ${hash}…`,
  problems: (count) => `${en(count)} ${plural(count, 'problem', 'problems')} in the JSON.`,
  usingLastValid: (id, version) => `Using the last version without problems: ${id} ${version}.`,
  noValidYet: 'There is no version without problems yet. Fix the problems listed on the Rules tab to try it.',
  editedNotice:
    'You have changed this pack. Download it to keep your changes; a released version must get a new version number.',
  reset: 'Undo my changes',
  downloadPack: 'Download the pack',
  missingRule: (ruleId) => `The pack has no rule "${ruleId}".`,
  none: 'none',
  count: (value) => en(value),
  progressLabel: 'Progress',
  progress: (done, total) => `${en(done)} of ${en(total)} cases`,
  starting: 'Starting…',
  cancel: 'Cancel',
  cancelled: 'Stopped. The run was cancelled before it finished.',
  runFailed: (detail) => `The run failed: ${detail}`,
  inPage: 'This browser could not start a background worker, so the run happens on this page.',
  try: {
    intro: 'Answer the questions; the recommendation and the evaluation of every rule update as you go.',
    questionsTitle: 'Questions',
    resultTitle: 'Recommendation',
    services: 'Services',
    rationaleTitle: 'Why',
    because: (answers) => `Because: ${answers}`,
    rulesTitle: 'Every rule',
    status: { fired: 'Fired', 'not-fired': 'Did not fire', undecided: 'Undecided' },
    kind: { concern: 'concern', strength: 'strength', urgent: 'urgent', advice: 'advice' },
    waitingOn: (questions) => `Waiting for answers to: ${questions}`,
    clear: 'Clear the answers',
    saveTitle: 'Save these answers as a golden case',
    descriptionLabel: 'What is this case about?',
    descriptionHint:
      'One line, for example "Domestic abuse alone is emotional harm". The file records today\'s result as the expected one.',
    descriptionMissing: 'Enter what the case is about',
    download: 'Download the golden case',
    downloaded: (file, packId) => `Downloaded ${file}. Put it in rules/${packId}/cases/ to keep it.`,
  },
  cases: {
    intro: (count, packId) => `${en(count)} golden ${plural(count, 'case is', 'cases are')} kept beside ${packId}.`,
    run: 'Run all golden cases',
    running: 'Running the golden cases…',
    summary: (passed, failed, skipped) =>
      `${en(passed)} passed, ${en(failed)} failed${skipped > 0 ? `, ${en(skipped)} not for this version` : ''}.`,
    caption: (packId, version) => `Golden cases of ${packId} ${version}`,
    columns: { case: 'Case', expected: 'Expected', actual: 'Actual', result: 'Result' },
    pass: 'Passed',
    fail: 'Failed',
    skipped: 'Not for this version',
    unreadable: 'Cannot be read',
    expectedRationale: 'Expected: the rules the case names',
    actualRationale: 'Actual: the rules that decided',
    noRules: 'No rules named.',
  },
  proofs: {
    intro:
      'Each safety floor, and that a higher graded answer never lowers the level, proved over every possible answer set by a SAT solver: every option, every combination of a list, unanswered questions included. A violation comes with an answer set you can try.',
    noFloors:
      'This pack declares no safety floors, so only monotonicity is proved. eh-rules lint names the standard floors it lacks.',
    run: 'Prove',
    running: 'Proving…',
    summary: (proved, violated, unsupported) =>
      `${en(proved)} proved, ${en(violated)} violated${unsupported > 0 ? `, ${en(unsupported)} could not be proved` : ''}.`,
    caption: (packId, version) => `Proofs for ${packId} ${version}`,
    statuses: { proved: 'Proved', violated: 'Violated', unsupported: 'Cannot prove' },
    monotonicity: 'A higher graded answer never lowers the level.',
    gives: (level, atLeast) => `These answers give ${level}; the floor needs at least ${atLeast}.`,
    moves: (question, from, to, before, after) =>
      `Moving "${question}" from ${from} to ${to} lowers the level from ${before} to ${after}.`,
    counterexample: 'Answers that break it',
    tryIt: 'Try these answers',
    loaded: 'The answers that break it are in Try answers.',
    cpu: (seconds) => `${seconds} s of CPU.`,
  },
  compare: {
    intro:
      'Run the same cases through an earlier version and the rules being tried: the golden cases of both, plus generated cases. See which cases move, between which levels and services, and why.',
    baselineLabel: 'Compare with',
    against: (id, version) => `…against the rules being tried: ${id} ${version}.`,
    generateLabel: 'Generated cases to add',
    generateHint: 'Made from both questionnaires, the same every time. 0 compares the golden cases only.',
    generateInvalid: (max) => `Enter a whole number from 0 to ${en(max)}`,
    run: 'Compare',
    running: 'Comparing the versions…',
    resultTitle: (from, to, total) => `${from} compared with ${to} over ${en(total)} ${plural(total, 'case', 'cases')}`,
    columns: { from: 'From', to: 'To', cases: 'Cases' },
  },
};

const welsh: RuleLabStrings = {
  title: 'Labordy Rheolau',
  intro:
    "Rhowch gynnig ar newid i becyn rheolau cyn iddo fynd yn fyw: golygwch y rheolau, atebwch y cwestiynau, rhedwch yr achosion euraidd a chymharwch fersiynau. Nid oes dim yn cael ei gadw na'i anfon i unman; lawrlwythwch yr hyn rydych am ei gadw.",
  loading: "Wrthi'n llwytho'r pecynnau rheolau…",
  loadError: (url, detail) => `Nid oedd modd llwytho'r pecynnau rheolau o ${url} (${detail}).`,
  emptyLibrary:
    "Ni chafwyd hyd i unrhyw becynnau rheolau. Rhowch lyfrgell o becynnau i'r Labordy Rheolau (library neu library-src).",
  packLabel: 'Pecyn rheolau a fersiwn',
  packOption: (id, version, status) => (status ? `${id} ${version} (${status})` : `${id} ${version}`),
  statuses: { draft: 'drafft', approved: 'wedi’i gymeradwyo', illustrative: 'enghreifftiol' },
  invalidFile: 'mae problemau ynddo',
  tabsLabel: 'Labordy Rheolau',
  tabs: {
    rules: 'Rheolau (JSON)',
    try: 'Rhoi cynnig ar atebion',
    cases: 'Achosion euraidd',
    compare: 'Cymharu fersiynau',
    proofs: 'Profion',
  },
  editorLabel: 'Y pecyn rheolau fel JSON',
  editorHint:
    "Caiff ei wirio wrth i chi deipio. Tra bo problemau ynddo, mae'r fersiwn olaf heb broblemau yn dal i weithio yn y tabiau eraill.",
  valid: (id, version, hash) => `Dim problemau: ${id} ${version}, stwnsh cynnwys ${hash}…`,
  problems: (count) => `Problemau yn y JSON: ${cy(count)}.`,
  usingLastValid: (id, version) => `Yn defnyddio'r fersiwn olaf heb broblemau: ${id} ${version}.`,
  noValidYet: 'Nid oes fersiwn heb broblemau eto. Datryswch y problemau a restrir ar y tab Rheolau i roi cynnig arni.',
  editedNotice:
    "Rydych wedi newid y pecyn hwn. Lawrlwythwch ef i gadw'ch newidiadau; rhaid i fersiwn a ryddhawyd gael rhif fersiwn newydd.",
  reset: 'Dadwneud fy newidiadau',
  downloadPack: 'Lawrlwytho’r pecyn',
  missingRule: (ruleId) => `Nid oes rheol "${ruleId}" yn y pecyn.`,
  none: 'dim',
  count: (value) => cy(value),
  progressLabel: 'Cynnydd',
  progress: (done, total) => `${cy(done)} o ${cy(total)} achos`,
  starting: "Wrthi'n dechrau…",
  cancel: 'Canslo',
  cancelled: 'Wedi stopio. Cafodd y rhediad ei ganslo cyn iddo orffen.',
  runFailed: (detail) => `Methodd y rhediad: ${detail}`,
  inPage: "Nid oedd y porwr hwn yn gallu dechrau gweithiwr cefndir, felly mae'r rhediad yn digwydd ar y dudalen hon.",
  try: {
    intro: "Atebwch y cwestiynau; mae'r argymhelliad a gwerthusiad pob rheol yn diweddaru wrth i chi fynd.",
    questionsTitle: 'Cwestiynau',
    resultTitle: 'Argymhelliad',
    services: 'Gwasanaethau',
    rationaleTitle: 'Pam',
    because: (answers) => `Oherwydd: ${answers}`,
    rulesTitle: 'Pob rheol',
    status: { fired: 'Wedi tanio', 'not-fired': 'Heb danio', undecided: 'Heb ei benderfynu' },
    kind: { concern: 'pryder', strength: 'cryfder', urgent: 'brys', advice: 'cyngor' },
    waitingOn: (questions) => `Yn aros am atebion i: ${questions}`,
    clear: "Clirio'r atebion",
    saveTitle: "Cadw'r atebion hyn fel achos euraidd",
    descriptionLabel: "Am beth mae'r achos hwn?",
    descriptionHint:
      'Un llinell, er enghraifft "Mae cam-drin domestig ar ei ben ei hun yn niwed emosiynol". Mae\'r ffeil yn cofnodi canlyniad heddiw fel yr un disgwyliedig.',
    descriptionMissing: "Nodwch am beth mae'r achos",
    download: 'Lawrlwytho’r achos euraidd',
    downloaded: (file, packId) => `Wedi lawrlwytho ${file}. Rhowch ef yn rules/${packId}/cases/ i'w gadw.`,
  },
  cases: {
    intro: (count, packId) => `Achosion euraidd a gedwir gyda ${packId}: ${cy(count)}.`,
    run: 'Rhedeg pob achos euraidd',
    running: "Wrthi'n rhedeg yr achosion euraidd…",
    summary: (passed, failed, skipped) =>
      `Wedi pasio: ${cy(passed)}, wedi methu: ${cy(failed)}${skipped > 0 ? `, nid ar gyfer y fersiwn hon: ${cy(skipped)}` : ''}.`,
    caption: (packId, version) => `Achosion euraidd ${packId} ${version}`,
    columns: { case: 'Achos', expected: 'Disgwyliedig', actual: 'Gwirioneddol', result: 'Canlyniad' },
    pass: 'Wedi pasio',
    fail: 'Wedi methu',
    skipped: 'Nid ar gyfer y fersiwn hon',
    unreadable: 'Nid oes modd ei ddarllen',
    expectedRationale: "Disgwyliedig: y rheolau y mae'r achos yn eu henwi",
    actualRationale: 'Gwirioneddol: y rheolau a benderfynodd',
    noRules: 'Dim rheolau wedi’u henwi.',
  },
  proofs: {
    intro:
      "Pob llawr diogelwch, a'r ffaith nad yw ateb graddedig uwch byth yn gostwng y lefel, wedi'u profi dros bob set bosibl o atebion gan ddatryswr SAT: pob opsiwn, pob cyfuniad mewn rhestr, gan gynnwys cwestiynau heb eu hateb. Daw set o atebion y gallwch roi cynnig arni gyda phob methiant.",
    noFloors:
      "Nid yw'r pecyn hwn yn datgan lloriau diogelwch, felly dim ond undonedd a brofir. Mae eh-rules lint yn enwi'r lloriau safonol sydd ar goll.",
    run: 'Profi',
    running: "Wrthi'n profi…",
    summary: (proved, violated, unsupported) =>
      `Wedi'u profi: ${cy(proved)}; wedi methu: ${cy(violated)}${unsupported > 0 ? `; dim modd eu profi: ${cy(unsupported)}` : ''}.`,
    caption: (packId, version) => `Profion ar gyfer ${packId} ${version}`,
    statuses: { proved: 'Wedi profi', violated: 'Wedi methu', unsupported: 'Dim modd profi' },
    monotonicity: 'Nid yw ateb graddedig uwch byth yn gostwng y lefel.',
    gives: (level, atLeast) => `Mae'r atebion hyn yn rhoi ${level}; mae'r llawr angen o leiaf ${atLeast}.`,
    moves: (question, from, to, before, after) =>
      `Mae symud "${question}" o ${from} i ${to} yn gostwng y lefel o ${before} i ${after}.`,
    counterexample: "Atebion sy'n ei dorri",
    tryIt: 'Rhoi cynnig ar yr atebion hyn',
    loaded: "Mae'r atebion sy'n ei dorri yn Rhoi cynnig ar atebion.",
    cpu: (seconds) => `${seconds} e o amser CPU.`,
  },
  compare: {
    intro:
      "Rhedwch yr un achosion drwy fersiwn gynharach a'r rheolau sy'n cael eu profi: achosion euraidd y ddwy, ynghyd ag achosion a gynhyrchwyd. Gwelwch pa achosion sy'n symud, rhwng pa lefelau a gwasanaethau, a pham.",
    baselineLabel: 'Cymharu â',
    against: (id, version) => `…yn erbyn y rheolau sy'n cael eu profi: ${id} ${version}.`,
    generateLabel: "Achosion a gynhyrchwyd i'w hychwanegu",
    generateHint: "Wedi'u gwneud o'r ddau holiadur, yr un fath bob tro. Mae 0 yn cymharu'r achosion euraidd yn unig.",
    generateInvalid: (max) => `Nodwch rif cyfan o 0 i ${cy(max)}`,
    run: 'Cymharu',
    running: "Wrthi'n cymharu'r fersiynau…",
    resultTitle: (from, to, total) => `${from} o'i gymharu â ${to} dros ${cy(total)} achos`,
    columns: { from: 'O', to: 'I', cases: 'Achosion' },
  },
};

export const ruleLabStrings: { readonly en: RuleLabStrings; readonly cy: RuleLabStrings } = { en: english, cy: welsh };
