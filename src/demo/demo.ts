/**
 * The demo host page: an intranet page that embeds <eh-pathway>, lets the reader switch
 * language and rule pack, and lists the events the element fires.
 */
import '../define.js';
import type { EhPathway } from '../components/pathway/pathway.js';
import { strings } from './demo-strings.js';

const PACKS = ['continuum', 'tower-hamlets', 'tri-borough', 'torfaen', 'walsall', 'halton'] as const;
/** The newest released version of each pack. */
const NEWEST: Readonly<Record<(typeof PACKS)[number], string>> = {
  continuum: '2.0.0',
  'tower-hamlets': '1.0.0',
  'tri-borough': '1.0.0',
  torfaen: '1.0.0',
  walsall: '2.0.0',
  halton: '1.0.0',
};

const pathway = document.querySelector<EhPathway>('eh-pathway')!;
const select = document.querySelector<HTMLSelectElement>('#pack')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

function applyLanguage(lang: 'en' | 'cy'): void {
  document.documentElement.lang = lang;
  const t = strings[lang];
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t[element.dataset.i18n as keyof typeof t] as string;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t[element.dataset.i18nLabel as keyof typeof t] as string);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  select.replaceChildren(...PACKS.map((id) => new Option(t.packs[id], id, false, select.value === id || (!select.value && id === 'continuum'))));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyLanguage(button.dataset.lang as 'en' | 'cy'));
}
select.addEventListener('change', () => {
  pathway.answers = {};
  pathway.src = `/rules/${select.value}/${NEWEST[select.value as (typeof PACKS)[number]]}.json`;
});

const show = (name: string, detail: string) => {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = name;
  item.append(code, ` ${detail}`);
  log.prepend(item);
};
pathway.addEventListener('eh-answer-change', (event) => show(event.type, `${event.questionId} = ${JSON.stringify(event.value)}`));
pathway.addEventListener('eh-urgent', (event) => show(event.type, event.recommendation.level.name));
pathway.addEventListener('eh-recommendation', (event) => show(event.type, `${event.recommendation.level.name} (${event.recommendation.stamp.packId}@${event.recommendation.stamp.version})`));
pathway.addEventListener('eh-override', (event) =>
  show(event.type, event.override ? `${event.override.suggestedLevelId} → ${event.override.levelId}` : '—'),
);
pathway.addEventListener('eh-complete', (event) => show(event.type, event.recommendation.level.name));

applyLanguage(document.documentElement.lang === 'cy' ? 'cy' : 'en');
