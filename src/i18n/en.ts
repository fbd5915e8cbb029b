/**
 * English catalogue. Every user-facing string of the library lives in a catalogue;
 * `cy.ts` must provide the same keys (the type makes a missing key a compile error,
 * a test catches empty ones).
 */
import { controlsEn } from './controls.js';
import { questionnaireEn } from './questionnaire.js';
import { pathwayEn } from './pathway.js';
import { recommendationViewEn } from './recommendation-view.js';
import type { Catalogue } from './types.js';
import { engineEn } from './engine.js';
import { enPlural, formatCount } from './count.js';

const n = (value: number) => formatCount(value, 'en');

export const en: Catalogue = {
  ...engineEn,
  cli: {
    usage: [
      'Usage:',
      '  eh-rules check [dir|pack.json] [--lang en|cy]  validate packs, run their golden cases and prove their floors',
      '  eh-rules explain <pack.json> <answers.json> [--json] [--now YYYY-MM-DD] [--allow-incomplete] [--allow-invalid] [--what-if] [--lang en|cy]',
      '                                           print the recommendation and its rationale (--what-if: and the fewest',
      '                                           answer changes that would move it up or down a level); answers may be a golden case',
      '                                           or {"answers": {…}}; unanswered required questions or unusable answers fail',
      '                                           unless allowed',
      '  eh-rules lock [dir]                      record released versions in releases.lock.json',
      '  eh-rules library [dir] [--write file]    every pack and golden case as one JSON file, for <eh-rule-lab library-src>',
      '  eh-rules schema [--referral] [--write file]  print the rule-pack (or referral) JSON Schema',
    ].join('\n'),
    columns: {
      pack: 'Pack',
      version: 'Version',
      status: 'Status',
      cases: 'Cases',
      passed: 'Passed',
      failed: 'Failed',
      result: 'Result',
    },
    ok: 'ok',
    failed: 'FAILED',
    invalidPack: 'invalid pack',
    invalidCase: (file) => `The golden case ${file} is not valid:`,
    noPacks: (dir) => `No rule packs (<id>/<version>.json) were found under ${dir}.`,
    caseFailed: (name, description) => `Case ${name} (${description}) failed:`,
    summary: (packs, cases, failures, other) =>
      `${n(packs)} ${enPlural(packs, 'pack', 'packs')}, ${n(cases)} ${enPlural(cases, 'case', 'cases')}: ${n(cases - failures)} passed, ${n(failures)} failed` +
      (other > 0 ? `; ${n(other)} other ${enPlural(other, 'problem', 'problems')} listed above` : ''),
    cannotRead: (file, detail) => `Cannot read ${file}: ${detail}`,
    unknownCommand: (name) => `Unknown command "${name}".`,
    answerProblems: 'Some answers could not be used:',
    versionMismatch: (fileVersion, version) =>
      `The file is named ${fileVersion}.json but the pack says "version": "${version}".`,
    idMismatch: (folder, id) => `The pack sits in the folder "${folder}" but says "id": "${id}".`,
    wrote: (file) => `Wrote ${file}`,
    releaseUnlocked: (key) =>
      `${key} is released but not recorded in releases.lock.json; run "eh-rules lock" to record it.`,
    releaseChanged: (key) =>
      `${key} has changed since it was released. Released versions never change: restore it and publish the change as a new version.`,
    releasesOk: (count) =>
      `${n(count)} released ${enPlural(count, 'version matches', 'versions match')} releases.lock.json.`,
    unknownOption: (option, command) => `eh-rules ${command} has no option ${option}.`,
    badOptionValue: (option) => `${option} needs a value.`,
    badLang: (value) => `--lang must be en or cy, not "${value}".`,
    wrongArguments: (command) => `eh-rules ${command} was given the wrong number of files or folders.`,
    answersIncomplete: (count) =>
      `${n(count)} required ${enPlural(count, 'question is', 'questions are')} unanswered; answer ${enPlural(count, 'it', 'them')} or pass --allow-incomplete for a provisional result.`,
    answersInvalid: 'Pass --allow-invalid to work out a result without them.',
  },
  questionnaire: questionnaireEn,
  controls: controlsEn,
  pathway: pathwayEn,
  recommendationView: recommendationViewEn,
};
