/**
 * Strings of `<eh-recommendation>`: the words around a recommendation (headings, labels,
 * the disagree form). The recommendation's own sentences come from the rule pack and the
 * engine, already in the result's language.
 */
export interface RecommendationViewStrings {
  /** Caption above the level name. */
  readonly caption: string;
  /** Caption when required questions are still unanswered. */
  readonly captionProvisional: string;
  /** The level's place on the pack's scale, lowest first: "Level 3 of 4". */
  readonly scale: (position: number, total: number) => string;
  /** The fold under a reason's first sentence: the rest of it and its source. */
  readonly moreAboutReason: string;
  /** Prints the result on its own (one or two A4 pages). */
  readonly print: string;
  /** Prints the result with the answers given as an appendix. */
  readonly printWithAnswers: string;
  /** "What would change this" could not be worked out. */
  readonly whatIfFailed: string;
  /** Caption above the immediate-danger outcome. */
  readonly captionUrgent: string;
  /** Visually hidden start of each notice (GOV.UK warning text). */
  readonly warning: string;
  /** Introduces the list of unanswered required questions. */
  readonly missingIntro: string;
  /** Introduces answers given as "don't know" or "not sure" that could change the level. */
  readonly unknownsIntro: string;
  /** Label of the urgent phone numbers. */
  readonly callNow: string;
  /** Text of an urgent phone link. */
  readonly call: (service: string, phone: string) => string;
  /** Text of an urgent out-of-hours phone link. */
  readonly callOutOfHours: (service: string, phone: string) => string;
  readonly servicesTitle: string;
  readonly phone: string;
  readonly email: string;
  readonly web: string;
  readonly hours: string;
  readonly outOfHours: string;
  readonly nextSteps: string;
  readonly rationaleTitle: string;
  /** Introduces the answers behind a rule. */
  readonly because: string;
  /** Introduces the answers that say when a rule applies (what is not the case or not known), after its reasons. */
  readonly appliesWhen: string;
  /** Between a question and its answer in the evidence list. */
  readonly answerSeparator: string;
  readonly source: (title: string, paragraph: string | undefined) => string;
  /** Heading of the concerns that also held but point to a lower level. */
  readonly alsoNotedTitle: string;
  readonly alsoNotedIntro: string;
  readonly strengthsTitle: string;
  readonly noStrengths: string;
  readonly adviceTitle: string;
  readonly disagree: string;
  readonly formTitle: string;
  readonly formIntro: string;
  readonly levelLegend: string;
  readonly levelHint: (suggested: string) => string;
  readonly reasonLabel: string;
  readonly reasonHint: string;
  readonly errorSummaryTitle: string;
  /** Visually hidden start of an inline error message. */
  readonly errorPrefix: string;
  readonly levelRequired: string;
  readonly reasonRequired: string;
  readonly save: string;
  readonly cancel: string;
  readonly decisionTitle: string;
  readonly suggestedLabel: string;
  readonly chosenLabel: string;
  readonly reasonShort: string;
  /** The suggestion changed (answers changed) after the decision was recorded. */
  readonly decisionStale: string;
  readonly change: string;
  readonly withdraw: string;
  readonly confirm: string;
  readonly confirmed: string;
  /** Heading of the answers the practitioner gave (shown when the element has `.answers`). */
  readonly answersTitle: string;
  /** The Copy button and what the live region says after it is pressed. */
  readonly copy: {
    readonly button: string;
    readonly copied: string;
    /** The full record (every answer, the whole rationale) for a case system. */
    readonly fullButton: string;
    readonly copiedFull: string;
    /** Copying failed: the summary is then shown, selected, in a box. */
    readonly failed: string;
    /** Label of the box holding the summary when copying failed. */
    readonly boxLabel: string;
  };
  /** Saving the result as a file (only with `.pack` and `.answers`). */
  readonly download: {
    readonly referral: string;
    readonly fhir: string;
    /** Said (politely) once the browser has been given the file. */
    readonly saved: (fileName: string) => string;
    readonly failed: string;
  };
  /** The switch between the standard and the Signs of Safety arrangement. */
  readonly view: {
    readonly legend: string;
    readonly standard: string;
    readonly signsOfSafety: string;
  };
}

export const recommendationViewEn: RecommendationViewStrings = {
  caption: 'Suggested level',
  captionProvisional: 'Suggested level (provisional)',
  scale: (position, total) => `Level ${position} of ${total}`,
  moreAboutReason: 'More about this reason',
  print: 'Print',
  printWithAnswers: 'Print with the answers',
  whatIfFailed: 'This could not be worked out for these answers. The recommendation above is not affected.',
  captionUrgent: 'Act now',
  warning: 'Warning',
  missingIntro: 'For a full result, answer these required questions:',
  unknownsIntro: 'Not known yet, and finding out could change the level:',
  callNow: 'Call now',
  call: (service, phone) => `${service}: ${phone}`,
  callOutOfHours: (service, phone) => `${service}, out of hours: ${phone}`,
  servicesTitle: 'Who to contact',
  phone: 'Phone',
  email: 'Email',
  web: 'Website',
  hours: 'Opening hours',
  outOfHours: 'Out of hours',
  nextSteps: 'What to do next',
  rationaleTitle: 'Why this level was suggested',
  because: 'Based on these answers:',
  appliesWhen: 'It applies because of these answers too:',
  answerSeparator: ' — ',
  source: (title, paragraph) => (paragraph ? `Source: ${title}, paragraph ${paragraph}` : `Source: ${title}`),
  alsoNotedTitle: 'Also noted',
  alsoNotedIntro: 'These concerns also apply. They point to a lower level, so they did not decide the suggestion.',
  strengthsTitle: 'What is working well',
  noStrengths:
    'No strengths were recorded. Think about what is working well for this family and mention it when you contact the service.',
  adviceTitle: 'Advice',
  disagree: 'I disagree with this level',
  formTitle: 'Record a different level',
  formIntro:
    'If your professional judgement is different, choose the level you think is right and say why. The suggested level and your decision will both be kept.',
  levelLegend: 'Which level do you think is right?',
  levelHint: (suggested) => `The suggested level is ${suggested}.`,
  reasonLabel: 'Why do you think this level is right?',
  reasonHint: 'Describe what you know about the child and family that led to your decision. You must give a reason.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  levelRequired: 'Select the level you think is right',
  reasonRequired: 'Enter why you think this level is right',
  save: 'Save my decision',
  cancel: 'Cancel',
  decisionTitle: 'Your decision',
  suggestedLabel: 'Suggested level',
  chosenLabel: 'Your decision',
  reasonShort: 'Your reason',
  decisionStale:
    'The suggested level has changed since you recorded your decision. Check that your decision still stands.',
  change: 'Change my decision',
  withdraw: 'Withdraw my decision',
  confirm: 'Confirm and finish',
  confirmed: 'You have confirmed this result.',
  answersTitle: 'Answers given',
  copy: {
    button: 'Copy summary',
    copied: 'Summary copied',
    fullButton: 'Copy full record',
    copiedFull: 'Full record copied',
    failed:
      'The summary could not be copied automatically. It is selected in the box below: press Ctrl+C (Cmd+C on a Mac) to copy it, or select the text yourself.',
    boxLabel: 'Summary to copy',
  },
  download: {
    referral: 'Download referral summary (JSON)',
    fhir: 'Download for health systems (FHIR)',
    saved: (fileName) => `${fileName} has been given to your browser to save. It holds no names or dates of birth.`,
    failed: 'The file could not be made. Copy the summary instead, and tell whoever looks after this tool.',
  },
  view: {
    legend: 'Show the result as',
    standard: 'Standard summary',
    signsOfSafety: 'Signs of Safety',
  },
};

export const recommendationViewCy: RecommendationViewStrings = {
  caption: 'Lefel a awgrymir',
  captionProvisional: 'Lefel a awgrymir (dros dro)',
  scale: (position, total) => `Lefel ${position} o ${total}`,
  moreAboutReason: 'Rhagor am y rheswm hwn',
  print: 'Argraffu',
  printWithAnswers: "Argraffu gyda'r atebion",
  whatIfFailed: "Nid oedd modd cyfrifo hyn ar gyfer yr atebion hyn. Nid yw'r argymhelliad uchod wedi'i effeithio.",
  captionUrgent: 'Gweithredwch nawr',
  warning: 'Rhybudd',
  missingIntro: 'I gael canlyniad llawn, atebwch y cwestiynau gofynnol hyn:',
  unknownsIntro: "Heb ei wybod eto, a gallai dysgu'r ateb newid y lefel:",
  callNow: 'Ffoniwch nawr',
  call: (service, phone) => `${service}: ${phone}`,
  callOutOfHours: (service, phone) => `${service}, y tu allan i oriau: ${phone}`,
  servicesTitle: 'Pwy i gysylltu â nhw',
  phone: 'Ffôn',
  email: 'E-bost',
  web: 'Gwefan',
  hours: 'Oriau agor',
  outOfHours: 'Y tu allan i oriau',
  nextSteps: "Beth i'w wneud nesaf",
  rationaleTitle: 'Pam yr awgrymwyd y lefel hon',
  because: 'Yn seiliedig ar yr atebion hyn:',
  appliesWhen: "Mae'n berthnasol oherwydd yr atebion hyn hefyd:",
  answerSeparator: ' — ',
  source: (title, paragraph) => (paragraph ? `Ffynhonnell: ${title}, paragraff ${paragraph}` : `Ffynhonnell: ${title}`),
  alsoNotedTitle: 'Nodwyd hefyd',
  alsoNotedIntro:
    "Mae'r pryderon hyn hefyd yn berthnasol. Maen nhw'n pwyntio at lefel is, felly nid nhw a benderfynodd yr awgrym.",
  strengthsTitle: "Beth sy'n gweithio'n dda",
  noStrengths:
    "Ni chofnodwyd unrhyw gryfderau. Meddyliwch am beth sy'n gweithio'n dda i'r teulu hwn, a soniwch amdano pan fyddwch yn cysylltu â'r gwasanaeth.",
  adviceTitle: 'Cyngor',
  disagree: "Rwy'n anghytuno â'r lefel hon",
  formTitle: 'Cofnodi lefel wahanol',
  formIntro:
    "Os yw eich barn broffesiynol yn wahanol, dewiswch y lefel rydych chi'n credu sy'n gywir a dywedwch pam. Bydd y lefel a awgrymir a'ch penderfyniad chi yn cael eu cadw.",
  levelLegend: "Pa lefel ydych chi'n credu sy'n gywir?",
  levelHint: (suggested) => `Y lefel a awgrymir yw: ${suggested}.`,
  reasonLabel: "Pam ydych chi'n credu mai'r lefel hon sy'n gywir?",
  reasonHint:
    "Disgrifiwch yr hyn rydych chi'n ei wybod am y plentyn a'r teulu a arweiniodd at eich penderfyniad. Rhaid i chi roi rheswm.",
  errorSummaryTitle: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',
  levelRequired: "Dewiswch y lefel rydych chi'n credu sy'n gywir",
  reasonRequired: "Rhowch y rheswm pam rydych chi'n credu mai'r lefel hon sy'n gywir",
  save: 'Cadw fy mhenderfyniad',
  cancel: 'Canslo',
  decisionTitle: 'Eich penderfyniad',
  suggestedLabel: 'Lefel a awgrymir',
  chosenLabel: 'Eich penderfyniad',
  reasonShort: 'Eich rheswm',
  decisionStale:
    "Mae'r lefel a awgrymir wedi newid ers i chi gofnodi eich penderfyniad. Gwiriwch fod eich penderfyniad yn dal yn gywir.",
  change: 'Newid fy mhenderfyniad',
  withdraw: 'Tynnu fy mhenderfyniad yn ôl',
  confirm: 'Cadarnhau a gorffen',
  confirmed: "Rydych chi wedi cadarnhau'r canlyniad hwn.",
  answersTitle: 'Atebion a roddwyd',
  copy: {
    button: "Copïo'r crynodeb",
    copied: "Crynodeb wedi'i gopïo",
    fullButton: "Copïo'r cofnod llawn",
    copiedFull: "Cofnod llawn wedi'i gopïo",
    failed:
      "Nid oedd modd copïo'r crynodeb yn awtomatig. Mae wedi'i ddewis yn y blwch isod: pwyswch Ctrl+C (Cmd+C ar Mac) i'w gopïo, neu dewiswch y testun eich hun.",
    boxLabel: "Crynodeb i'w gopïo",
  },
  download: {
    referral: 'Lawrlwytho crynodeb yr atgyfeiriad (JSON)',
    fhir: 'Lawrlwytho ar gyfer systemau iechyd (FHIR)',
    saved: (fileName) => `Mae ${fileName} wedi'i roi i'ch porwr i'w gadw. Nid oes enwau na dyddiadau geni ynddo.`,
    failed:
      "Nid oedd modd gwneud y ffeil. Copïwch y crynodeb yn lle hynny, a dywedwch wrth bwy bynnag sy'n gofalu am yr offeryn hwn.",
  },
  view: {
    legend: 'Dangos y canlyniad fel',
    standard: 'Crynodeb safonol',
    signsOfSafety: 'Arwyddion Diogelwch (Signs of Safety)',
  },
};
