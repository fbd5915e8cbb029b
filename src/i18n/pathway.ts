import { cyIsOne, enPlural, formatCount } from './count.js';

/** Strings of the `<eh-pathway>` journey: start, pages, check your answers, urgent, errors. */
export interface PathwayStrings {
  readonly startTitle: string;
  readonly startIntro: string;
  readonly startHow: string;
  readonly advisoryTitle: string;
  readonly privacy: string;
  readonly packLine: (title: string, version: string) => string;
  /** The start page's line for an approved pack: who approved it and when, where the pack says. */
  readonly approvedLine: (by: string | undefined, on: string | undefined) => string;
  readonly status: { readonly draft: string; readonly approved: string; readonly illustrative: string };
  readonly startButton: string;
  readonly resumeNotice: string;
  /**
   * Said once, on the start page and in the page's language, when the rules are not
   * written in it: the whole tool is then shown in the rules' language, not mixed line by line.
   */
  readonly onlyInLanguage: (language: 'en' | 'cy') => string;
  readonly back: string;
  readonly continue: string;
  readonly optional: string;
  readonly errorSummaryTitle: string;
  readonly checkTitle: string;
  readonly checkIntro: string;
  readonly change: string;
  /** Visually hidden end of a Change link, so each link says what it changes. */
  readonly changeWhat: (question: string) => string;
  readonly stillToAnswer: string;
  readonly answerThis: (question: string) => string;
  readonly seeRecommendation: string;
  readonly resultTitle: string;
  readonly urgentIntro: string;
  readonly urgentContacts: string;
  readonly urgentBack: string;
  readonly unsureTitle: string;
  readonly unsureIntro: string;
  readonly unsureContacts: string;
  readonly unsureCarryOnHint: string;
  readonly unsureCarryOn: string;
  readonly announceUnsure: string;
  readonly startAgain: string;
  readonly restartTitle: string;
  readonly restartBody: string;
  readonly restartConfirm: string;
  readonly restartCancel: string;
  readonly loading: string;
  readonly loadErrorTitle: string;
  readonly loadErrorBody: string;
  readonly loadErrorDetails: string;
  readonly errors: {
    readonly noPack: string;
    readonly fetch: (status: string) => string;
    readonly network: string;
    readonly notJson: string;
    readonly integrity: string;
    readonly integrityUnsupported: (algorithm: string) => string;
    readonly invalidPack: (count: number) => string;
    readonly noneInForce: string;
    /** The rules threw while working out a result: a defect in the pack or the tool, never the practitioner's. */
    readonly evaluateFailed: string;
  };
  readonly announceResult: (level: string) => string;
  readonly announceUrgent: (level: string) => string;
  readonly phone: string;
  readonly outOfHours: string;
}

export const pathwayEn: PathwayStrings = {
  startTitle: 'Check what help a child and family need',
  startIntro:
    'Answer questions about a child you are worried about, their parents or carers and their circumstances. You will get a suggested level of need, who to contact, and the reasons.',
  startHow: 'It takes about 10 minutes. You can go back and change any answer before you see the result.',
  advisoryTitle: 'This is advice, not a decision',
  privacy:
    'Nothing you enter leaves this page. Your answers are not sent anywhere or saved unless your organisation has set this tool up to keep a draft in this browser tab.',
  packLine: (title, version) => `Rules: ${title}, version ${version}`,
  approvedLine: (by, on) => `Approved rules${by ? `, approved by ${by}` : ''}${on ? ` on ${on}` : ''}.`,
  status: {
    draft: 'Draft rules: not approved for use. Do not rely on the result.',
    approved: 'Approved rules',
    illustrative: 'Example rules: these are not an approved local policy.',
  },
  startButton: 'Start now',
  resumeNotice: 'Your answers from earlier in this tab have been kept.',
  onlyInLanguage: (language) => {
    const name = language === 'cy' ? 'Welsh' : 'English';
    return `These rules are only available in ${name}, so this tool is shown in ${name}.`;
  },
  back: 'Back',
  continue: 'Continue',
  optional: '(optional)',
  errorSummaryTitle: 'There is a problem',
  checkTitle: 'Check your answers',
  checkIntro: 'Check your answers before you see the suggested level. Use Change to correct an answer.',
  change: 'Change',
  changeWhat: (question) => ` ${question}`,
  stillToAnswer: 'You still need to answer',
  answerThis: (question) => `Answer: ${question}`,
  seeRecommendation: 'See the suggested level',
  resultTitle: 'Suggested level of need',
  urgentIntro: 'You said a child may be in immediate danger. Act now: do not finish this form first.',
  urgentContacts: 'Who to contact now',
  urgentBack: 'I chose this by mistake: go back',
  unsureTitle: 'Not sure whether the child is safe right now?',
  unsureIntro:
    'Do not wait for the end of this form. Speak now to your designated safeguarding lead, or call the front door, and tell them what you have seen or heard. If you think the child is at risk of serious harm now, call 999.',
  unsureContacts: 'Who to speak to now',
  unsureCarryOnHint: 'When you have spoken to someone, or if you need to record more, you can carry on with the form.',
  unsureCarryOn: 'Carry on with the form',
  announceUnsure:
    'Not sure whether the child is safe right now: speak to your safeguarding lead or the front door now.',
  startAgain: 'Start again',
  restartTitle: 'Are you sure you want to start again?',
  restartBody: 'All your answers and any decision you recorded will be cleared. This cannot be undone.',
  restartConfirm: 'Yes, clear everything and start again',
  restartCancel: 'No, go back',
  loading: 'Loading the rules…',
  loadErrorTitle: 'This tool cannot be used right now',
  loadErrorBody:
    'The rules it needs could not be loaded. If you are worried about a child, use your usual safeguarding procedure and contact your designated safeguarding lead or the local front door. If a child is in immediate danger, call 999.',
  loadErrorDetails: 'Details for the person who looks after the rules',
  errors: {
    noPack: 'No rules were given to this tool (set src, pack or packs).',
    fetch: (status) => `The rules file could not be fetched (HTTP ${status}).`,
    network: 'The rules file could not be fetched (network error).',
    notJson: 'The rules file is not valid JSON.',
    integrity: 'The rules file does not match its integrity fingerprint, so it was not used.',
    integrityUnsupported: (algorithm) =>
      `This browser cannot check an integrity fingerprint made with ${algorithm} here.`,
    invalidPack: (count) => `The rules file has ${formatCount(count, 'en')} ${enPlural(count, 'problem', 'problems')}.`,
    noneInForce: 'No version of the rules is in force on this date.',
    evaluateFailed:
      'The rules could not work out a result for these answers. Your answers are kept in this page; tell whoever looks after this tool, with the details below.',
  },
  announceResult: (level) => `Suggested level: ${level}`,
  announceUrgent: (level) => `${level}. Act now.`,
  phone: 'Phone',
  outOfHours: 'Out of hours',
};

export const pathwayCy: PathwayStrings = {
  startTitle: 'Gwirio pa help sydd ei angen ar blentyn a theulu',
  startIntro:
    "Atebwch gwestiynau am blentyn rydych yn pryderu amdano, ei rieni neu ofalwyr a'i amgylchiadau. Byddwch yn cael lefel angen a awgrymir, pwy i gysylltu â nhw, a'r rhesymau.",
  startHow: "Mae'n cymryd tua 10 munud. Gallwch fynd yn ôl a newid unrhyw ateb cyn i chi weld y canlyniad.",
  advisoryTitle: 'Cyngor yw hwn, nid penderfyniad',
  privacy:
    "Nid yw dim byd rydych yn ei roi yn gadael y dudalen hon. Nid yw eich atebion yn cael eu hanfon i unman na'u cadw oni bai bod eich sefydliad wedi gosod yr offeryn hwn i gadw drafft yn y tab porwr hwn.",
  packLine: (title, version) => `Rheolau: ${title}, fersiwn ${version}`,
  approvedLine: (by, on) => `Rheolau wedi eu cymeradwyo${by ? `, gan ${by}` : ''}${on ? ` ar ${on}` : ''}.`,
  status: {
    draft: "Rheolau drafft: heb eu cymeradwyo i'w defnyddio. Peidiwch â dibynnu ar y canlyniad.",
    approved: 'Rheolau wedi eu cymeradwyo',
    illustrative: "Rheolau enghreifftiol: nid polisi lleol wedi'i gymeradwyo yw'r rhain.",
  },
  startButton: 'Dechrau nawr',
  resumeNotice: "Mae eich atebion o'r tab hwn wedi'u cadw.",
  // After "yn": Saesneg, Gymraeg (soft mutation).
  onlyInLanguage: (language) => {
    const name = language === 'cy' ? 'Gymraeg' : 'Saesneg';
    return `Dim ond yn ${name} y mae'r rheolau hyn ar gael, felly mae'r offeryn hwn yn ${name}.`;
  },
  back: 'Yn ôl',
  continue: 'Parhau',
  optional: '(dewisol)',
  errorSummaryTitle: 'Mae problem wedi codi',
  checkTitle: "Gwirio'ch atebion",
  checkIntro: 'Gwiriwch eich atebion cyn i chi weld y lefel a awgrymir. Defnyddiwch Newid i gywiro ateb.',
  change: 'Newid',
  changeWhat: (question) => ` ${question}`,
  stillToAnswer: 'Mae angen i chi ateb o hyd',
  answerThis: (question) => `Atebwch: ${question}`,
  seeRecommendation: 'Gweld y lefel a awgrymir',
  resultTitle: 'Lefel angen a awgrymir',
  urgentIntro:
    'Rydych wedi dweud y gallai plentyn fod mewn perygl uniongyrchol. Gweithredwch nawr: peidiwch â gorffen y ffurflen hon yn gyntaf.',
  urgentContacts: 'Pwy i gysylltu â nhw nawr',
  urgentBack: 'Dewisais hyn trwy gamgymeriad: mynd yn ôl',
  unsureTitle: "Ddim yn siŵr a yw'r plentyn yn ddiogel ar hyn o bryd?",
  unsureIntro:
    "Peidiwch ag aros tan ddiwedd y ffurflen hon. Siaradwch nawr â'ch arweinydd diogelu dynodedig, neu ffoniwch y Drws Ffrynt, a dywedwch wrthynt beth rydych wedi'i weld neu ei glywed. Os ydych yn credu bod y plentyn mewn perygl o niwed difrifol nawr, ffoniwch 999.",
  unsureContacts: 'Â phwy i siarad nawr',
  unsureCarryOnHint: "Ar ôl i chi siarad â rhywun, neu os oes angen i chi gofnodi rhagor, gallwch barhau â'r ffurflen.",
  unsureCarryOn: "Parhau â'r ffurflen",
  announceUnsure:
    "Ddim yn siŵr a yw'r plentyn yn ddiogel ar hyn o bryd: siaradwch â'ch arweinydd diogelu neu'r Drws Ffrynt nawr.",
  startAgain: 'Dechrau eto',
  restartTitle: "Ydych chi'n siŵr eich bod am ddechrau eto?",
  restartBody:
    'Bydd eich holl atebion ac unrhyw benderfyniad a gofnodwyd gennych yn cael eu clirio. Nid oes modd dadwneud hyn.',
  restartConfirm: 'Ydw, clirio popeth a dechrau eto',
  restartCancel: 'Nac ydw, mynd yn ôl',
  loading: "Wrthi'n llwytho'r rheolau…",
  loadErrorTitle: "Nid oes modd defnyddio'r offeryn hwn ar hyn o bryd",
  loadErrorBody:
    "Nid oedd modd llwytho'r rheolau sydd eu hangen arno. Os ydych yn pryderu am blentyn, dilynwch eich trefn ddiogelu arferol a chysylltwch â'ch arweinydd diogelu dynodedig neu'r Drws Ffrynt lleol. Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.",
  loadErrorDetails: "Manylion i'r person sy'n gofalu am y rheolau",
  errors: {
    noPack: "Ni roddwyd unrhyw reolau i'r offeryn hwn (gosodwch src, pack neu packs).",
    fetch: (status) => `Nid oedd modd nôl y ffeil rheolau (HTTP ${status}).`,
    network: 'Nid oedd modd nôl y ffeil rheolau (gwall rhwydwaith).',
    notJson: "Nid yw'r ffeil rheolau yn JSON dilys.",
    integrity:
      "Nid yw'r ffeil rheolau yn cyfateb i'w holion bysedd cywirdeb (integrity), felly ni chafodd ei defnyddio.",
    integrityUnsupported: (algorithm) =>
      `Ni all y porwr hwn wirio olion bysedd cywirdeb a wnaed gyda ${algorithm} yma.`,
    invalidPack: (count) =>
      cyIsOne(count)
        ? 'Mae un broblem yn y ffeil rheolau.'
        : `Nifer y problemau yn y ffeil rheolau: ${formatCount(count, 'cy')}.`,
    noneInForce: "Nid oes fersiwn o'r rheolau mewn grym ar y dyddiad hwn.",
    evaluateFailed:
      "Nid oedd modd i'r rheolau gyfrifo canlyniad ar gyfer yr atebion hyn. Mae eich atebion yn cael eu cadw yn y dudalen hon; dywedwch wrth bwy bynnag sy'n gofalu am yr offeryn hwn, gyda'r manylion isod.",
  },
  announceResult: (level) => `Lefel a awgrymir: ${level}`,
  announceUrgent: (level) => `${level}. Gweithredwch nawr.`,
  phone: 'Ffôn',
  outOfHours: 'Y tu allan i oriau',
};
