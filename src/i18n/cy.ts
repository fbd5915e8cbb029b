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
import { engineCy } from './engine.js';
import { formatCount } from './count.js';

const n = (value: number) => formatCount(value, 'cy');

export const cy: Catalogue = {
  ...engineCy,
  cli: {
    usage: [
      'Defnydd:',
      '  eh-rules check [cyfeiriadur|pack.json] [--lang en|cy]  gwirio pecynnau, rhedeg eu hachosion euraidd a phrofi eu lloriau',
      '  eh-rules explain <pack.json> <answers.json> [--json] [--now BBBB-MM-DD] [--allow-incomplete] [--allow-invalid] [--what-if] [--lang en|cy]',
      "                                           dangos yr argymhelliad a'r rhesymau drosto (--what-if: a'r lleiaf o newidiadau",
      "                                           i'r atebion a fyddai'n ei symud lefel i fyny neu i lawr); gall yr atebion fod yn achos euraidd",
      '                                           neu\'n {"answers": {…}}; mae cwestiynau gofynnol heb eu hateb neu atebion na ellir',
      "                                           eu defnyddio yn methu oni bai eu bod wedi'u caniatáu",
      '  eh-rules lock [cyfeiriadur]              cofnodi fersiynau a ryddhawyd yn releases.lock.json',
      '  eh-rules library [cyfeiriadur] [--write ffeil]  pob pecyn ac achos euraidd mewn un ffeil JSON, ar gyfer <eh-rule-lab library-src>',
      "  eh-rules schema [--referral] [--write ffeil]  dangos JSON Schema y pecyn rheolau (neu'r atgyfeiriad)",
    ].join('\n'),
    columns: {
      pack: 'Pecyn',
      version: 'Fersiwn',
      status: 'Statws',
      cases: 'Achosion',
      passed: 'Pasio',
      failed: 'Methu',
      result: 'Canlyniad',
    },
    ok: 'iawn',
    failed: 'METHODD',
    invalidPack: 'pecyn annilys',
    invalidCase: (file) => `Nid yw'r achos euraidd ${file} yn ddilys:`,
    noPacks: (dir) => `Ni chafwyd hyd i unrhyw becynnau rheolau (<id>/<version>.json) o dan ${dir}.`,
    caseFailed: (name, description) => `Methodd achos ${name} (${description}):`,
    summary: (packs, cases, failures, other) =>
      `Pecynnau: ${n(packs)}, achosion: ${n(cases)}; wedi pasio: ${n(cases - failures)}, wedi methu: ${n(failures)}` +
      (other > 0 ? `; problemau eraill a restrir uchod: ${n(other)}` : ''),
    cannotRead: (file, detail) => `Nid oes modd darllen ${file}: ${detail}`,
    unknownCommand: (name) => `Gorchymyn anhysbys "${name}".`,
    answerProblems: 'Nid oedd modd defnyddio rhai atebion:',
    versionMismatch: (fileVersion, version) =>
      `Enw'r ffeil yw ${fileVersion}.json, ond mae'r pecyn yn nodi "version": "${version}".`,
    idMismatch: (folder, id) => `Mae'r pecyn yn y ffolder "${folder}", ond mae'n nodi "id": "${id}".`,
    wrote: (file) => `Ysgrifennwyd ${file}`,
    releaseUnlocked: (key) =>
      `Mae ${key} wedi'i ryddhau ond nid yw wedi'i gofnodi yn releases.lock.json; rhedwch "eh-rules lock" i'w gofnodi.`,
    releaseChanged: (key) =>
      `Mae ${key} wedi newid ers iddo gael ei ryddhau. Nid yw fersiynau a ryddhawyd byth yn newid: adferwch y ffeil a chyhoeddwch y newid fel fersiwn newydd.`,
    releasesOk: (count) => `Fersiynau a ryddhawyd sy'n cyfateb i releases.lock.json: ${n(count)}.`,
    unknownOption: (option, command) => `Nid oes gan eh-rules ${command} yr opsiwn ${option}.`,
    badOptionValue: (option) => `Mae angen gwerth ar ${option}.`,
    badLang: (value) => `Rhaid i --lang fod yn en neu cy, nid "${value}".`,
    wrongArguments: (command) => `Rhoddwyd y nifer anghywir o ffeiliau neu ffolderi i eh-rules ${command}.`,
    answersIncomplete: (count) =>
      `Cwestiynau gofynnol heb eu hateb: ${n(count)}. Atebwch nhw, neu defnyddiwch --allow-incomplete i gael canlyniad dros dro.`,
    answersInvalid: 'Defnyddiwch --allow-invalid i gael canlyniad hebddynt.',
  },
  questionnaire: questionnaireCy,
  controls: controlsCy,
  pathway: pathwayCy,
  recommendationView: recommendationViewCy,
};
