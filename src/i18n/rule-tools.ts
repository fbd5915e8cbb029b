/**
 * Every sentence `eh-rules simulate`, `diff` and `lint` (and the engine's diff summary and
 * lint findings, and the Rule Lab) show, in English and Welsh. A catalogue of its own, apart
 * from the practitioner's, so authoring text never weighs on the widget's bundle. Same shape as
 * the other catalogues: plain strings and functions of numbers and strings (lists arrive
 * already joined).
 *
 * Welsh counts: a noun after a numeral stays singular ("120 achos"), and "X o'r Y achos"
 * is grammatical for any number, so counts are written that way or as "label: N".
 */

import { enPlural as plural, formatCount } from './count.js';

const en = (value: number) => formatCount(value, 'en');
const cy = (value: number) => formatCount(value, 'cy');

export interface RuleToolsStrings {
  /** Lines to add to `cli.usage`. */
  readonly usage: string;
  readonly columns: {
    readonly level: string;
    readonly name: string;
    readonly cases: string;
    readonly percent: string;
    readonly service: string;
    readonly from: string;
    readonly to: string;
    readonly severity: string;
    readonly kind: string;
    readonly item: string;
    readonly message: string;
    readonly witness: string;
  };
  readonly progress: {
    readonly simulate: string;
    readonly diff: string;
    readonly lint: string;
    readonly generate: string;
  };
  readonly caseload: {
    /** Where a problem is: "line 3, column 5". */
    readonly at: (line: number, column?: number) => string;
    readonly jsonlSyntax: (at: string) => string;
    readonly jsonlNotObject: (at: string) => string;
    readonly jsonlAnswerType: (at: string, field: string, value: string) => string;
    readonly csvUnclosedQuote: (at: string) => string;
    readonly csvEmpty: string;
    readonly csvDuplicateColumn: (at: string, field: string) => string;
    readonly csvUnknownColumn: (at: string, field: string) => string;
    readonly csvFieldCount: (at: string, found: string, expected: string) => string;
    readonly csvNotANumber: (at: string, field: string, value: string) => string;
    readonly answerUnknownQuestion: (at: string, field: string) => string;
    readonly answerNotAnOption: (at: string, field: string, value: string) => string;
    readonly answerType: (at: string, field: string, value: string) => string;
    readonly answerOutOfRange: (at: string, field: string, value: string) => string;
    readonly moreProblems: (count: number) => string;
    readonly errors: (count: number) => string;
    readonly warnings: (count: number) => string;
    readonly needCaseload: string;
    readonly badCount: (flag: string, value: string) => string;
  };
  readonly simulate: {
    readonly heading: (packId: string, version: string, source: string) => string;
    readonly fileSource: (file: string, total: number) => string;
    readonly generatedSource: (total: number, seed: number) => string;
    readonly levels: string;
    readonly services: string;
    readonly totals: (total: number, complete: number, incomplete: number, urgent: number) => string;
    readonly invalidAnswers: (count: number) => string;
    readonly speed: (seconds: number, perSecond: number) => string;
  };
  readonly diff: {
    /** `--json` and `--ndjson` together: one output only. */
    readonly jsonOrNdjson: string;
    readonly heading: (from: string, to: string, total: number, parts: string) => string;
    readonly partGolden: (count: number) => string;
    readonly partGenerated: (count: number) => string;
    readonly partFile: (count: number) => string;
    readonly matrix: (from: string, to: string) => string;
    readonly levels: string;
    readonly summary: string;
    readonly noChange: (total: number) => string;
    readonly levelChanged: (changed: number, total: number, up: number, down: number) => string;
    readonly moved: (count: number, total: number, from: string, to: string) => string;
    readonly servicesOnly: (count: number, total: number) => string;
    readonly serviceChanged: (count: number, total: number, from: string, to: string) => string;
    readonly services: string;
    readonly cases: (shown: number, total: number) => string;
    readonly moreCases: (count: number) => string;
    readonly caseTitle: (index: number, name: string, source: string) => string;
    readonly sources: {
      readonly golden: string;
      readonly generated: string;
      readonly file: string;
      readonly answers: string;
    };
    readonly provisional: string;
    readonly noCases: string;
    readonly speed: (seconds: number, perSecond: number) => string;
  };
  /** A golden case expectation that did not hold (`eh-rules check`, the Rule Lab). */
  readonly check: {
    readonly failure: (check: string, expected: string, actual: string, rule: string) => string;
  };
  readonly lint: {
    readonly heading: (packId: string, version: string) => string;
    readonly searched: (tries: number, seconds: number) => string;
    readonly unreachableRule: (rule: string, tries: number) => string;
    readonly unreachableLevel: (level: string, tries: number) => string;
    readonly unreachableService: (service: string, tries: number) => string;
    readonly unreadQuestion: (question: string) => string;
    readonly readOnlyByShowIf: (question: string, readers: string) => string;
    readonly neverDecides: (rule: string, cases: number, alwaysWith: string) => string;
    readonly dynamicRead: (rule: string) => string;
    readonly cycle: (path: string) => string;
    readonly noCycles: string;
    readonly summary: (errors: number, warnings: number) => string;
    readonly reached: string;
    readonly baseline: string;
    readonly baselineItself: string;
    readonly method: string;
    readonly noFindings: string;
    readonly severity: { readonly error: string; readonly warning: string };
    readonly kinds: {
      readonly rule: string;
      readonly level: string;
      readonly service: string;
      readonly question: string;
      readonly floor: string;
    };
    readonly missingFloor: (floor: string) => string;
  };
  readonly prove: {
    readonly heading: string;
    readonly columns: { readonly pack: string; readonly check: string; readonly result: string; readonly time: string };
    readonly monotonicity: string;
    readonly floorCheck: (id: string, atLeast: string, service: string) => string;
    readonly results: {
      readonly proved: string;
      readonly violated: string;
      readonly unsupported: string;
      readonly known: string;
      readonly stale: string;
    };
    readonly counterexample: (pack: string, check: string) => string;
    readonly outcome: (level: string, services: string) => string;
    readonly moved: (question: string, from: string, to: string, before: string, after: string) => string;
    readonly unsupported: (reason: string) => string;
    readonly knownNote: (note: string) => string;
    readonly staleKnown: (pack: string, check: string) => string;
    readonly badKnown: (file: string, problem: string) => string;
    readonly badFloors: (file: string) => string;
    /** Versions a later release replaces: kept unchanged, not proved unless `--all`. */
    readonly superseded: (count: number) => string;
    readonly supersededBy: (pack: string, by: string) => string;
    readonly method: string;
    readonly summary: (packs: number, proved: number, violated: number, known: number, seconds: number) => string;
  };
}

const english: RuleToolsStrings = {
  usage: [
    '  eh-rules simulate <pack.json> <cases.jsonl|cases.csv> [--json] [--lang en|cy]',
    '  eh-rules simulate <pack.json> --generate N [--seed S] [--json]',
    '                                           the levels and services a caseload would be given',
    '  eh-rules diff <old.json> <new.json> [--cases dir] [--generate N] [--seed S] [--limit N] [--json|--ndjson] [--lang en|cy]',
    '                                           what a new version changes: level shifts, services, changed cases',
    '                                           (--ndjson: each changed case as a line as it is found, then the totals)',
    '  eh-rules lint <pack.json> [--tries N] [--json] [--lang en|cy]',
    '                                           unreachable rules, levels and services; unread questions;',
    '                                           rules that never change the outcome; showIf cycles',
    '  eh-rules prove [dir|pack.json] [--all] [--json] [--lang en|cy]',
    '                                           prove every safety floor and monotonicity over every answer set',
    '                                           (--all: also versions a later release replaces)',
  ].join('\n'),
  columns: {
    level: 'Level',
    name: 'Name',
    cases: 'Cases',
    percent: 'Percent',
    service: 'Service',
    from: 'From',
    to: 'To',
    severity: 'Severity',
    kind: 'Kind',
    item: 'Item',
    message: 'Message',
    witness: 'Witness (changes from the calm baseline)',
  },
  progress: { simulate: 'Simulating', diff: 'Comparing', lint: 'Linting', generate: 'Generating' },
  caseload: {
    at: (line, column) => (column ? `line ${en(line)}, column ${en(column)}` : `line ${en(line)}`),
    jsonlSyntax: (at) => `${at}: this is not valid JSON.`,
    jsonlNotObject: (at) => `${at}: each line must be a JSON object of answers (or a golden case).`,
    jsonlAnswerType: (at, field, value) =>
      `${at}: the answer to "${field}" is ${value}; an answer is text, a number or a list of texts.`,
    csvUnclosedQuote: (at) => `${at}: a quoted cell is never closed.`,
    csvEmpty: 'The CSV file is empty: it needs a header row of question ids.',
    csvDuplicateColumn: (at, field) => `${at}: the header "${field}" appears more than once.`,
    csvUnknownColumn: (at, field) => `${at}: the header "${field}" is not a question of this pack (nor "name").`,
    csvFieldCount: (at, found, expected) => `${at}: this row has ${found} cells but the header has ${expected}.`,
    csvNotANumber: (at, field, value) => `${at}: "${value}" is not a number, and "${field}" is a number question.`,
    answerUnknownQuestion: (at, field) => `${at}: "${field}" is not a question of this pack; the answer is not used.`,
    answerNotAnOption: (at, field, value) =>
      `${at}: "${value}" is not one of the choices of "${field}"; the answer is not used.`,
    answerType: (at, field, value) =>
      `${at}: ${value} is not the right kind of answer to "${field}"; the answer is not used.`,
    answerOutOfRange: (at, field, value) =>
      `${at}: ${value} is outside the range allowed for "${field}"; the answer is not used.`,
    moreProblems: (count) => `…and ${en(count)} more.`,
    errors: (count) =>
      `${en(count)} ${plural(count, 'row', 'rows')} could not be read. Fix the file and run again; nothing was simulated.`,
    warnings: (count) =>
      `${en(count)} ${plural(count, 'answer', 'answers')} will not be used (the engine treats ${plural(count, 'it', 'them')} as unanswered):`,
    needCaseload: 'Give a caseload (.jsonl or .csv), or --generate N.',
    badCount: (flag, value) => `--${flag} needs a whole number, not "${value}".`,
  },
  simulate: {
    heading: (packId, version, source) => `Caseload simulation: ${packId} ${version}, ${source}`,
    fileSource: (file, total) => `${en(total)} ${plural(total, 'case', 'cases')} from ${file}`,
    generatedSource: (total, seed) => `${en(total)} generated ${plural(total, 'case', 'cases')} (seed ${seed})`,
    levels: 'Levels',
    services: 'Services (the first recommended for each case)',
    totals: (total, complete, incomplete, urgent) =>
      `${en(total)} ${plural(total, 'case', 'cases')}: ${en(complete)} complete, ${en(incomplete)} incomplete (provisional level), ${en(urgent)} urgent.`,
    invalidAnswers: (count) =>
      `${en(count)} ${plural(count, 'case has', 'cases have')} answers the engine could not use (treated as unanswered).`,
    speed: (seconds, perSecond) => `Took ${seconds.toFixed(2)} s (${en(perSecond)} cases a second).`,
  },
  diff: {
    jsonOrNdjson: 'Give --json or --ndjson, not both: --json writes one document, --ndjson a line per changed case.',
    heading: (from, to, total, parts) =>
      `Comparing ${from} with ${to} over ${en(total)} ${plural(total, 'case', 'cases')} (${parts}).`,
    partGolden: (count) => `${en(count)} golden`,
    partGenerated: (count) => `${en(count)} generated`,
    partFile: (count) => `${en(count)} from files`,
    matrix: (from, to) => `Level shift (rows: ${from}; columns: ${to}). Cases on the diagonal keep their level.`,
    levels: 'Levels',
    summary: 'Summary',
    noChange: (total) => `None of the ${en(total)} ${plural(total, 'case', 'cases')} changes level or service.`,
    levelChanged: (changed, total, up, down) =>
      `${en(changed)} of ${en(total)} cases ${plural(changed, 'changes', 'change')} level: ${en(up)} higher, ${en(down)} lower.`,
    moved: (count, total, from, to) =>
      `${en(count)} of ${en(total)} cases ${plural(count, 'moves', 'move')} from "${from}" to "${to}".`,
    servicesOnly: (count, total) =>
      `${en(count)} of ${en(total)} cases ${plural(count, 'keeps its', 'keep their')} level but ${plural(count, 'gets', 'get')} different services.`,
    serviceChanged: (count, total, from, to) =>
      `${en(count)} of ${en(total)} cases ${plural(count, 'changes its', 'change their')} first service from "${from}" to "${to}".`,
    services: 'Service changes (first service)',
    cases: (shown, total) => `Changed cases (showing ${en(shown)} of ${en(total)})`,
    moreCases: (count) => `…and ${en(count)} more (every changed case is in --json; --limit shows more here).`,
    caseTitle: (index, name, source) => `Case ${index}: ${name} (${source})`,
    sources: { golden: 'golden case', generated: 'generated', file: 'from a file', answers: 'answers' },
    provisional: 'provisional',
    noCases: 'No cases to compare: no golden cases were found and --generate was not given.',
    speed: (seconds, perSecond) =>
      `Took ${seconds.toFixed(2)} s (${en(perSecond)} cases a second, each through both versions).`,
  },
  check: {
    failure: (check, expected, actual, rule) => {
      const status = (value: string) =>
        ({ fired: 'fired', 'not-fired': 'did not fire', undecided: 'was undecided' })[value] ?? value;
      switch (check) {
        case 'level':
          return `level: expected ${expected}, got ${actual}`;
        case 'service':
          return `first service: expected ${expected}, got ${actual || 'none'}`;
        case 'services':
          return `services: expected [${expected}], got [${actual}]`;
        case 'complete':
          return `complete: expected ${expected}, got ${actual}`;
        case 'urgent':
          return `urgent: expected ${expected}, got ${actual}`;
        case 'fires':
          return `expected the rule "${rule}" to fire; it ${status(actual)}`;
        case 'silent':
          return `expected the rule "${rule}" not to fire; it fired`;
        case 'missing':
          return `questions still to answer: expected [${expected}], got [${actual}]`;
        default:
          return `the case names the rule "${rule}", which the pack does not have`;
      }
    },
  },
  lint: {
    heading: (packId, version) => `Lint: ${packId} ${version}`,
    searched: (tries, seconds) => `Searched ${en(tries)} answer sets in ${seconds.toFixed(2)} s.`,
    unreachableRule: (rule, tries) =>
      `Rule "${rule}" never fired: no witness found in ${en(tries)} tries. This is a search, not a proof: if the rule can fire, add a golden case that shows how.`,
    unreachableLevel: (level, tries) =>
      `No answers found give the level "${level}": no witness in ${en(tries)} tries (a search, not a proof).`,
    unreachableService: (service, tries) =>
      `No answers found recommend the service "${service}": no witness in ${en(tries)} tries (a search, not a proof).`,
    unreadQuestion: (question) =>
      `No rule reads the question "${question}", so its answer cannot change the recommendation.`,
    readOnlyByShowIf: (question, readers) =>
      `No rule reads "${question}"; it only decides which questions are asked (${readers}).`,
    neverDecides: (rule, cases, alwaysWith) =>
      alwaysWith
        ? `Rule "${rule}" never changed the level or the services in the ${en(cases)} ${plural(cases, 'case', 'cases')} found where it fired: ${alwaysWith} fired every time too, at the same or a higher level. Check whether it is needed, or whether it should point higher.`
        : `Rule "${rule}" never changed the level or the services in the ${en(cases)} ${plural(cases, 'case', 'cases')} found where it fired: other rules gave the same result each time.`,
    dynamicRead: (rule) =>
      `Rule "${rule}" reads a variable whose name is computed, so the questions it reads cannot be listed; unread questions were not checked.`,
    cycle: (path) => `The showIf conditions form a cycle: ${path}.`,
    noCycles: 'No showIf cycles.',
    summary: (errors, warnings) =>
      `${en(errors)} ${plural(errors, 'error', 'errors')}, ${en(warnings)} ${plural(warnings, 'warning', 'warnings')}.`,
    reached: 'Reached, each with a witness',
    baseline:
      'A witness lists only the answers that differ from the calm baseline, which gives every graded question its lowest level, answers "no" to yes/no questions and chooses "none" where a list offers it.',
    baselineItself: '(the calm baseline itself)',
    method:
      'Reaching and "never changed the outcome" come from a search over generated and targeted answers (the rule removed, the same answers evaluated again), not from a proof.',
    noFindings: 'No findings.',
    severity: { error: 'error', warning: 'warning' },
    kinds: { rule: 'rule', level: 'level', service: 'service', question: 'question', floor: 'safety floor' },
    missingFloor: (floor) =>
      `The pack declares no "${floor}" safety floor, which every shipped England or Wales pack should (see rules/README.md, Safety floors).`,
  },
  prove: {
    heading: 'Safety floors and monotonicity, proved over every possible answer set',
    columns: { pack: 'Pack', check: 'Check', result: 'Result', time: 'CPU' },
    monotonicity: 'monotonic: a higher graded answer never lowers the level',
    floorCheck: (id, atLeast, service) => `floor ${id}: at least ${atLeast}${service ? ` with ${service}` : ''}`,
    results: {
      proved: 'proved',
      violated: 'VIOLATED',
      unsupported: 'cannot prove',
      known: 'known failure',
      stale: 'proved, listed as failing',
    },
    counterexample: (pack, check) => `${pack}, ${check}. Counterexample (paste into the Rule Lab's Try answers):`,
    outcome: (level, services) => `  gives ${level} (${services})`,
    moved: (question, from, to, before, after) =>
      `  moving "${question}" from ${from} to ${to} lowers the level from ${before} to ${after}`,
    unsupported: (reason) => `  the prover cannot model this exactly: ${reason}`,
    knownNote: (note) => `  listed in known-failures.json: ${note}`,
    staleKnown: (pack, check) => `${pack}, ${check} now holds: remove it from known-failures.json.`,
    badKnown: (file, problem) => `${file} cannot be read: ${problem}`,
    badFloors: (file) => `${file}: these floors are not valid for the pack beside them:`,
    method:
      'Each check asks a SAT solver (MiniSat) for an answer set that breaks it: every option of every question, every subset of every list, numbers by the values the rules compare them with, showIf respected, unanswered questions included. No answer set found is a proof.',
    superseded: (count) =>
      `${en(count)} superseded ${plural(count, 'version', 'versions')}, kept unchanged for the record and not proved (eh-rules prove --all proves them too):`,
    supersededBy: (pack, by) => `  ${pack}: replaced by ${by}`,
    summary: (packs, proved, violated, known, seconds) =>
      `${en(packs)} ${plural(packs, 'pack', 'packs')}: ${en(proved)} ${plural(proved, 'check', 'checks')} proved, ${en(violated)} violated, ${en(known)} known ${plural(known, 'failure', 'failures')}; ${seconds.toFixed(1)} s of CPU.`,
  },
};

const welsh: RuleToolsStrings = {
  usage: [
    '  eh-rules simulate <pack.json> <achosion.jsonl|achosion.csv> [--json] [--lang en|cy]',
    '  eh-rules simulate <pack.json> --generate N [--seed S] [--json]',
    "                                           y lefelau a'r gwasanaethau y byddai llwyth achosion yn eu cael",
    '  eh-rules diff <hen.json> <newydd.json> [--cases cyfeiriadur] [--generate N] [--seed S] [--limit N] [--json|--ndjson] [--lang en|cy]',
    "                                           beth mae fersiwn newydd yn ei newid: symud lefel, gwasanaethau, achosion sy'n newid",
    "                                           (--ndjson: pob achos sy'n newid fel llinell pan gaiff ei ganfod, yna'r cyfansymiau)",
    '  eh-rules lint <pack.json> [--tries N] [--json] [--lang en|cy]',
    '                                           rheolau, lefelau a gwasanaethau na ellir eu cyrraedd; cwestiynau heb eu darllen;',
    '                                           rheolau nad ydynt byth yn newid y canlyniad; cylchoedd showIf',
    '  eh-rules prove [cyfeiriadur|pack.json] [--json] [--lang en|cy]',
    '                                           profi pob llawr diogelwch a monotonedd dros bob set o atebion',
  ].join('\n'),
  columns: {
    level: 'Lefel',
    name: 'Enw',
    cases: 'Achosion',
    percent: 'Canran',
    service: 'Gwasanaeth',
    from: 'O',
    to: 'I',
    severity: 'Difrifoldeb',
    kind: 'Math',
    item: 'Eitem',
    message: 'Neges',
    witness: "Enghraifft (newidiadau i'r llinell sylfaen dawel)",
  },
  progress: { simulate: 'Efelychu', diff: 'Cymharu', lint: 'Gwirio', generate: 'Cynhyrchu' },
  caseload: {
    at: (line, column) => (column ? `llinell ${cy(line)}, colofn ${cy(column)}` : `llinell ${cy(line)}`),
    jsonlSyntax: (at) => `${at}: nid yw hyn yn JSON dilys.`,
    jsonlNotObject: (at) => `${at}: rhaid i bob llinell fod yn wrthrych JSON o atebion (neu'n achos euraidd).`,
    jsonlAnswerType: (at, field, value) =>
      `${at}: yr ateb i "${field}" yw ${value}; rhaid i ateb fod yn destun, yn rhif neu'n rhestr o destunau.`,
    csvUnclosedQuote: (at) => `${at}: nid yw cell mewn dyfynodau byth yn cau.`,
    csvEmpty: "Mae'r ffeil CSV yn wag: mae angen rhes pennawd o ddynodwyr cwestiynau arni.",
    csvDuplicateColumn: (at, field) => `${at}: mae'r pennawd "${field}" yn ymddangos fwy nag unwaith.`,
    csvUnknownColumn: (at, field) => `${at}: nid yw'r pennawd "${field}" yn gwestiwn yn y pecyn hwn (nac yn "name").`,
    csvFieldCount: (at, found, expected) =>
      `${at}: mae gan y rhes hon ${found} o gelloedd, ond mae gan y pennawd ${expected}.`,
    csvNotANumber: (at, field, value) => `${at}: nid yw "${value}" yn rhif, ac mae "${field}" yn gwestiwn rhif.`,
    answerUnknownQuestion: (at, field) => `${at}: nid yw "${field}" yn gwestiwn yn y pecyn hwn; ni ddefnyddir yr ateb.`,
    answerNotAnOption: (at, field, value) =>
      `${at}: nid yw "${value}" yn un o ddewisiadau "${field}"; ni ddefnyddir yr ateb.`,
    answerType: (at, field, value) =>
      `${at}: nid yw ${value} yn fath cywir o ateb i "${field}"; ni ddefnyddir yr ateb.`,
    answerOutOfRange: (at, field, value) =>
      `${at}: mae ${value} y tu allan i'r ystod a ganiateir ar gyfer "${field}"; ni ddefnyddir yr ateb.`,
    moreProblems: (count) => `…a ${cy(count)} arall.`,
    errors: (count) =>
      `Rhesi nad oedd modd eu darllen: ${cy(count)}. Cywirwch y ffeil a rhedwch eto; ni chafodd dim ei efelychu.`,
    warnings: (count) =>
      `Atebion na fyddant yn cael eu defnyddio (bydd yr injan yn eu trin fel rhai heb eu hateb): ${cy(count)}.`,
    needCaseload: 'Rhowch lwyth achosion (.jsonl neu .csv), neu --generate N.',
    badCount: (flag, value) => `Mae angen rhif cyfan ar --${flag}, nid "${value}".`,
  },
  simulate: {
    heading: (packId, version, source) => `Efelychu llwyth achosion: ${packId} ${version}, ${source}`,
    fileSource: (file, total) => `achosion o ${file}: ${cy(total)}`,
    generatedSource: (total, seed) => `achosion wedi'u cynhyrchu: ${cy(total)} (hedyn ${seed})`,
    levels: 'Lefelau',
    services: 'Gwasanaethau (y cyntaf a argymhellir ar gyfer pob achos)',
    totals: (total, complete, incomplete, urgent) =>
      `Achosion: ${cy(total)}; cyflawn: ${cy(complete)}; anghyflawn (lefel dros dro): ${cy(incomplete)}; brys: ${cy(urgent)}.`,
    invalidAnswers: (count) =>
      `Achosion ag atebion nad oedd modd i'r injan eu defnyddio (wedi'u trin fel rhai heb eu hateb): ${cy(count)}.`,
    speed: (seconds, perSecond) => `Amser: ${seconds.toFixed(2)} eiliad (${cy(perSecond)} achos yr eiliad).`,
  },
  diff: {
    jsonOrNdjson:
      "Rhowch --json neu --ndjson, nid y ddau: mae --json yn ysgrifennu un ddogfen, --ndjson linell ar gyfer pob achos sy'n newid.",
    heading: (from, to, total, parts) => `Cymharu ${from} â ${to} dros ${cy(total)} achos (${parts}).`,
    partGolden: (count) => `euraidd: ${cy(count)}`,
    partGenerated: (count) => `wedi'u cynhyrchu: ${cy(count)}`,
    partFile: (count) => `o ffeiliau: ${cy(count)}`,
    matrix: (from, to) =>
      `Symud lefel (rhesi: ${from}; colofnau: ${to}). Mae'r achosion ar y groeslin yn cadw eu lefel.`,
    levels: 'Lefelau',
    summary: 'Crynodeb',
    noChange: (total) => `Nid yw'r un o'r ${cy(total)} achos yn newid lefel na gwasanaeth.`,
    levelChanged: (changed, total, up, down) =>
      `Mae ${cy(changed)} o'r ${cy(total)} achos yn newid lefel: ${cy(up)} yn uwch, ${cy(down)} yn is.`,
    moved: (count, total, from, to) => `Mae ${cy(count)} o'r ${cy(total)} achos yn symud o "${from}" i "${to}".`,
    servicesOnly: (count, total) =>
      `Mae ${cy(count)} o'r ${cy(total)} achos yn cadw eu lefel ond yn cael gwasanaethau gwahanol.`,
    serviceChanged: (count, total, from, to) =>
      `Mae ${cy(count)} o'r ${cy(total)} achos yn newid eu gwasanaeth cyntaf o "${from}" i "${to}".`,
    services: 'Newidiadau gwasanaeth (y gwasanaeth cyntaf)',
    cases: (shown, total) => `Achosion sy'n newid (yn dangos ${cy(shown)} o ${cy(total)})`,
    moreCases: (count) => `…a ${cy(count)} arall (mae pob achos sy'n newid yn --json; mae --limit yn dangos mwy yma).`,
    caseTitle: (index, name, source) => `Achos ${index}: ${name} (${source})`,
    sources: { golden: 'achos euraidd', generated: "wedi'i gynhyrchu", file: 'o ffeil', answers: 'atebion' },
    provisional: 'dros dro',
    noCases: "Dim achosion i'w cymharu: ni chafwyd hyd i achosion euraidd ac ni roddwyd --generate.",
    speed: (seconds, perSecond) =>
      `Amser: ${seconds.toFixed(2)} eiliad (${cy(perSecond)} achos yr eiliad, pob un drwy'r ddwy fersiwn).`,
  },
  check: {
    failure: (check, expected, actual, rule) => {
      const status = (value: string) =>
        ({ fired: 'wedi tanio', 'not-fired': 'heb danio', undecided: 'heb ei benderfynu' })[value] ?? value;
      switch (check) {
        case 'level':
          return `lefel: disgwyl ${expected}, cafwyd ${actual}`;
        case 'service':
          return `gwasanaeth cyntaf: disgwyl ${expected}, cafwyd ${actual || 'dim'}`;
        case 'services':
          return `gwasanaethau: disgwyl [${expected}], cafwyd [${actual}]`;
        case 'complete':
          return `cyflawn: disgwyl ${expected}, cafwyd ${actual}`;
        case 'urgent':
          return `brys: disgwyl ${expected}, cafwyd ${actual}`;
        case 'fires':
          return `disgwyl i'r rheol "${rule}" danio; roedd hi ${status(actual)}`;
        case 'silent':
          return `disgwyl i'r rheol "${rule}" beidio â thanio; fe daniodd`;
        case 'missing':
          return `cwestiynau i'w hateb o hyd: disgwyl [${expected}], cafwyd [${actual}]`;
        default:
          return `mae'r achos yn enwi'r rheol "${rule}", nad yw yn y pecyn`;
      }
    },
  },
  lint: {
    heading: (packId, version) => `Gwirio (lint): ${packId} ${version}`,
    searched: (tries, seconds) => `Setiau o atebion a chwiliwyd: ${cy(tries)}, mewn ${seconds.toFixed(2)} eiliad.`,
    unreachableRule: (rule, tries) =>
      `Ni sbardunwyd y rheol "${rule}" erioed: ni chafwyd enghraifft mewn ${cy(tries)} o gynigion. Chwilio yw hyn, nid prawf: os gall y rheol gael ei sbarduno, ychwanegwch achos euraidd sy'n dangos sut.`,
    unreachableLevel: (level, tries) =>
      `Ni roddodd unrhyw atebion a gafwyd y lefel "${level}": dim enghraifft mewn ${cy(tries)} o gynigion (chwilio, nid prawf).`,
    unreachableService: (service, tries) =>
      `Ni wnaeth unrhyw atebion a gafwyd argymell y gwasanaeth "${service}": dim enghraifft mewn ${cy(tries)} o gynigion (chwilio, nid prawf).`,
    unreadQuestion: (question) =>
      `Nid oes unrhyw reol yn darllen y cwestiwn "${question}", felly ni all ei ateb newid yr argymhelliad.`,
    readOnlyByShowIf: (question, readers) =>
      `Nid oes unrhyw reol yn darllen "${question}"; dim ond penderfynu pa gwestiynau a ofynnir y mae (${readers}).`,
    neverDecides: (rule, cases, alwaysWith) =>
      alwaysWith
        ? `Ni newidiodd y rheol "${rule}" y lefel na'r gwasanaethau yn yr un o'r ${cy(cases)} achos a gafwyd lle cafodd ei sbarduno: sbardunwyd ${alwaysWith} bob tro hefyd, ar yr un lefel neu un uwch. Gwiriwch a oes ei hangen, neu a ddylai bwyntio'n uwch.`
        : `Ni newidiodd y rheol "${rule}" y lefel na'r gwasanaethau yn yr un o'r ${cy(cases)} achos a gafwyd lle cafodd ei sbarduno: rhoddodd rheolau eraill yr un canlyniad bob tro.`,
    dynamicRead: (rule) =>
      `Mae'r rheol "${rule}" yn darllen newidyn y cyfrifir ei enw, felly nid oes modd rhestru'r cwestiynau y mae'n eu darllen; ni wiriwyd cwestiynau heb eu darllen.`,
    cycle: (path) => `Mae'r amodau showIf yn ffurfio cylch: ${path}.`,
    noCycles: 'Dim cylchoedd showIf.',
    summary: (errors, warnings) => `Gwallau: ${cy(errors)}; rhybuddion: ${cy(warnings)}.`,
    reached: "Wedi'u cyrraedd, pob un ag enghraifft",
    baseline:
      'Mae enghraifft yn rhestru dim ond yr atebion sy\'n wahanol i\'r llinell sylfaen dawel, sy\'n rhoi\'r lefel isaf i bob cwestiwn graddedig, yn ateb "na" i gwestiynau ie/na ac yn dewis "dim" lle mae rhestr yn cynnig hynny.',
    baselineItself: '(y llinell sylfaen dawel ei hun)',
    method:
      "Daw'r canfyddiadau am gyrraedd ac am \"ni newidiodd y canlyniad\" o chwilio drwy atebion wedi'u cynhyrchu a'u targedu (tynnu'r rheol, a gwerthuso'r un atebion eto), nid o brawf.",
    noFindings: 'Dim canfyddiadau.',
    severity: { error: 'gwall', warning: 'rhybudd' },
    kinds: { rule: 'rheol', level: 'lefel', service: 'gwasanaeth', question: 'cwestiwn', floor: 'llawr diogelwch' },
    missingFloor: (floor) =>
      `Nid yw'r pecyn yn datgan llawr diogelwch "${floor}", a ddylai fod ym mhob pecyn a ryddheir yng Nghymru neu Loegr (gweler rules/README.md, Lloriau diogelwch).`,
  },
  prove: {
    heading: "Lloriau diogelwch a monotonedd, wedi'u profi dros bob set bosibl o atebion",
    columns: { pack: 'Pecyn', check: 'Gwiriad', result: 'Canlyniad', time: 'Amser CPU' },
    monotonicity: 'monotonig: nid yw ateb graddedig uwch byth yn gostwng y lefel',
    floorCheck: (id, atLeast, service) => `llawr ${id}: o leiaf ${atLeast}${service ? ` gyda ${service}` : ''}`,
    results: {
      proved: 'profwyd',
      violated: 'TORRWYD',
      unsupported: 'ni ellir profi',
      known: 'methiant hysbys',
      stale: "profwyd, ond wedi'i restru'n methu",
    },
    counterexample: (pack, check) =>
      `${pack}, ${check}. Gwrthenghraifft (gludwch i Roi cynnig ar atebion yn y Labordy Rheolau):`,
    outcome: (level, services) => `  yn rhoi ${level} (${services})`,
    moved: (question, from, to, before, after) =>
      `  mae symud "${question}" o ${from} i ${to} yn gostwng y lefel o ${before} i ${after}`,
    unsupported: (reason) => `  ni all y profwr fodelu hyn yn union: ${reason}`,
    knownNote: (note) => `  wedi'i restru yn known-failures.json: ${note}`,
    staleKnown: (pack, check) => `${pack}, ${check}: mae'n dal erbyn hyn; tynnwch ef o known-failures.json.`,
    badKnown: (file, problem) => `Ni ellir darllen ${file}: ${problem}`,
    badFloors: (file) => `${file}: nid yw'r lloriau hyn yn ddilys ar gyfer y pecyn wrth eu hymyl:`,
    method:
      "Mae pob gwiriad yn gofyn i ddatryswr SAT (MiniSat) am set o atebion sy'n ei dorri: pob opsiwn i bob cwestiwn, pob is-set o bob rhestr, rhifau yn ôl y gwerthoedd y mae'r rheolau'n eu cymharu â nhw, gan barchu showIf, gan gynnwys cwestiynau heb eu hateb. Os na cheir set o atebion, mae hynny'n brawf.",
    superseded: (count) =>
      `Fersiynau a ddisodlwyd: ${cy(count)}. Fe'u cedwir heb eu newid er cofnod ac ni chânt eu profi (mae eh-rules prove --all yn eu profi hefyd):`,
    supersededBy: (pack, by) => `  ${pack}: disodlwyd gan ${by}`,
    summary: (packs, proved, violated, known, seconds) =>
      `Pecynnau: ${cy(packs)}. Gwiriadau a brofwyd: ${cy(proved)}; wedi'u torri: ${cy(violated)}; methiannau hysbys: ${cy(known)}; ${seconds.toFixed(1)} e o CPU.`,
  },
};

/** English and Welsh: to move into the catalogue as `ruleTools`. */
export const ruleToolsStrings: { readonly en: RuleToolsStrings; readonly cy: RuleToolsStrings } = {
  en: english,
  cy: welsh,
};
