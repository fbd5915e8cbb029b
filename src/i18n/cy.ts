/**
 * Welsh (Cymraeg) catalogue, so practitioners and rule authors in Wales get every message
 * in Welsh. Terms used throughout: rule pack = "pecyn rheolau", front door = "pwynt
 * cyswllt cyntaf". Sentences are built so no interpolated value needs a mutation.
 */
import { controlsCy } from './controls.js';
import { questionnaireCy } from './questionnaire.js';
import { pathwayCy } from './pathway.js';
import { recommendationViewCy } from './recommendation-view.js';
import type { Catalogue } from './types.js';
import { cyIsOne, formatCount } from './count.js';

const n = (value: number) => formatCount(value, 'cy');

export const cy: Catalogue = {
  locale: 'cy',
  dateAtTime: (date, time) => `${date} am ${time}`,
  months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  advisory:
    "Cyngor i gefnogi eich barn broffesiynol yw hwn, nid penderfyniad. Chi a'r pwynt cyswllt cyntaf lleol sy'n penderfynu beth sy'n digwydd nesaf.",
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
        : `Canlyniad dros dro yw hwn: mae ${n(count)} o gwestiynau gofynnol heb eu hateb o hyd.`,
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
      types: { string: 'testun', number: 'rhif', int: 'rhif cyfan', boolean: 'gwir neu gau (true/false)', array: 'rhestr', object: 'gwrthrych' },
      formats: {
        id: 'id o lythrennau bach, digidau a chysylltnodau',
        date: 'dyddiad ar y ffurf YYYY-MM-DD',
        version: 'fersiwn semantig fel "1.0.0"',
      },
      items: { level: 'lefel', service: 'gwasanaeth', section: 'adran', question: 'cwestiwn', option: 'opsiwn', rule: 'rheol', floor: 'llawr diogelwch' },
      notEmpty: "testun nad yw'n wag",
      atLeast: (minimum) => `o leiaf ${minimum}`,
    },
    summary: (count) => (cyIsOne(count) ? 'Mae un broblem yn y pecyn rheolau:' : `Mae ${n(count)} o broblemau yn y pecyn rheolau:`),
    notJson: (detail) => `Nid yw'r ffeil yn JSON dilys (${detail}).`,
    required: () => "Mae'r maes hwn yn ofynnol, ond mae ar goll.",
    unknownField: (name) => `Nid yw "${name}" yn faes y mae'r fformat yn ei adnabod; gwiriwch y sillafu.`,
    wrongType: (expected) => `Roedd disgwyl ${expected} yma.`,
    badFormat: (what) => `Nid yw'r gwerth ar y ffurf gywir: ${what}.`,
    notOneOf: (allowed) => `Rhaid i'r gwerth fod yn un o'r canlynol: ${allowed.join(', ')}.`,
    tooFew: (minimum) => (cyIsOne(minimum) ? 'Mae angen o leiaf un eitem yma.' : `Mae angen o leiaf ${n(minimum)} o eitemau yma.`),
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
    unknownService: (id) => `Nid oes gwasanaeth â'r id "${id}".`,
    notAnOperation: (keys) =>
      keys.length === 0
        ? "Nid yw gwrthrych gwag yn weithrediad JSON-Logic: mae bob amser yn cyfrif yn wir. Ysgrifennwch y prawf y dylai ei ddal."
        : `Nid yw gwrthrych â sawl gweithrediad (${keys.join(', ')}) yn weithrediad JSON-Logic: mae bob amser yn cyfrif yn wir. Rhowch bob prawf yn ei wrthrych ei hun o fewn "and" neu "or".`,
    unknownOperator: (op) => `Nid yw "${op}" yn weithrediad JSON-Logic y mae'r llyfrgell hon yn ei ganiatáu.`,
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
    noContact: () =>
      "Rhaid i wasanaeth gael o leiaf un o'r canlynol: rhif ffôn, cyfeiriad e-bost neu gyfeiriad gwe.",
    urgentServiceMissing: () =>
      'Mae angen o leiaf un gwasanaeth sy\'n cynnwys y canlyniad brys yn ei "levels".',
  },
  answerProblems: {
    unknownQuestion: (id) => `Nid oes cwestiwn "${id}" yn y pecyn hwn.`,
    wrongType: (id, expected) => `Dylai'r ateb i "${id}" fod ar ffurf ${expected}.`,
    notAnOption: (id, value) => `Nid yw "${value}" yn un o opsiynau "${id}".`,
    repeated: (id, value) => `Mae "${value}" wedi'i ddewis ddwywaith yn "${id}".`,
    exclusive: (id, value) => `Ni ellir dewis "${value}" yn "${id}" ynghyd ag opsiynau eraill.`,
    tooLong: (id, max) => `Mae'r ateb i "${id}" yn hirach na ${max} nod.`,
    outOfRange: (id, min, max) => `Rhaid i'r ateb i "${id}" fod o ${min ?? '-∞'} hyd at ${max ?? '∞'}.`,
    expected: { choice: 'un gwerth opsiwn (testun)', choices: 'rhestr o werthoedd opsiwn', text: 'testun', number: 'rhif', object: "gwrthrych o atebion wedi'u rhestru yn ôl id y cwestiwn" },
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
    source: (title, paragraph) => (paragraph ? `Ffynhonnell: ${title}, paragraff ${paragraph}` : `Ffynhonnell: ${title}`),
    alsoNoted: "Nodwyd hefyd (mae'r rhain yn pwyntio at lefel is)",
    strengths: "Beth sy'n gweithio'n dda",
    noStrengths: 'Ni chofnodwyd unrhyw gryfderau.',
    advice: 'Cyngor',
    missing: 'Heb eu hateb eto',
    notices: 'Sylwch',
    stamp: 'Pecyn rheolau',
    stampLine: (packId, version, effectiveFrom) => `${packId} fersiwn ${version}, mewn grym o ${effectiveFrom} ymlaen`,
    contentHash: 'Stwnsh cynnwys (SHA-256)',
    evaluatedAt: 'Amser cyfrifo',
    urgentNow: 'Gweithredwch nawr',
  },
  cli: {
    usage: [
      'Defnydd:',
      '  eh-rules check [cyfeiriadur|pack.json]  gwirio pecynnau a rhedeg eu hachosion euraidd',
      '  eh-rules explain <pack.json> <answers.json> [--lang en|cy]',
      "                                           dangos yr argymhelliad a'r rhesymau drosto",
      '  eh-rules lock [cyfeiriadur]              cofnodi fersiynau a ryddhawyd yn releases.lock.json',
      '  eh-rules library [cyfeiriadur] [--write ffeil]  pob pecyn ac achos euraidd mewn un ffeil JSON, ar gyfer <eh-rule-lab library-src>',
      '  eh-rules schema [--referral] [--write ffeil]  dangos JSON Schema y pecyn rheolau (neu\'r atgyfeiriad)',
    ].join('\n'),
    columns: { pack: 'Pecyn', version: 'Fersiwn', status: 'Statws', cases: 'Achosion', passed: 'Pasio', failed: 'Methu', result: 'Canlyniad' },
    ok: 'iawn',
    failed: 'METHODD',
    invalidPack: 'pecyn annilys',
    invalidCase: (file) => `Nid yw'r achos euraidd ${file} yn ddilys:`,
    noPacks: (dir) => `Ni chafwyd hyd i unrhyw becynnau rheolau (<id>/<version>.json) o dan ${dir}.`,
    caseFailed: (name, description) => `Methodd achos ${name} (${description}):`,
    summary: (packs, cases, failures) =>
      `Pecynnau: ${n(packs)}, achosion: ${n(cases)}; wedi pasio: ${n(cases - failures)}, wedi methu: ${n(failures)}`,
    cannotRead: (file, detail) => `Nid oes modd darllen ${file}: ${detail}`,
    unknownCommand: (name) => `Gorchymyn anhysbys "${name}".`,
    answerProblems: 'Nid oedd modd defnyddio rhai atebion:',
    versionMismatch: (fileVersion, version) =>
      `Enw'r ffeil yw ${fileVersion}.json, ond mae'r pecyn yn nodi "version": "${version}".`,
    idMismatch: (folder, id) => `Mae'r pecyn yn y ffolder "${folder}", ond mae'n nodi "id": "${id}".`,
    wrote: (file) => `Ysgrifennwyd ${file}`,
    releaseUnlocked: (key) => `Mae ${key} wedi'i ryddhau ond nid yw wedi'i gofnodi yn releases.lock.json; rhedwch "eh-rules lock" i'w gofnodi.`,
    releaseChanged: (key) =>
      `Mae ${key} wedi newid ers iddo gael ei ryddhau. Nid yw fersiynau a ryddhawyd byth yn newid: adferwch y ffeil a chyhoeddwch y newid fel fersiwn newydd.`,
    releasesOk: (count) => `Fersiynau a ryddhawyd sy'n cyfateb i releases.lock.json: ${n(count)}.`,
  },
  questionnaire: questionnaireCy,
  controls: controlsCy,
  pathway: pathwayCy,
  recommendationView: recommendationViewCy,
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
};
