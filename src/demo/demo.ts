/**
 * The demo host page: an intranet page that embeds <eh-pathway>, lets the reader switch
 * language and rule pack, and lists the events the element fires.
 */
import '../define.js';
import type { EhPathway } from '../components/pathway/pathway.js';
import { strings } from './demo-strings.js';

import { PACKS, VERSIONS } from './versions.js';

/** One option per version, grouped by pack; the newest release of the default pack first. */
function packOptions(t: (typeof strings)['en'], chosen: string): HTMLOptGroupElement[] {
  return PACKS.map((id) => {
    const group = document.createElement('optgroup');
    group.label = t.packs[id];
    for (const [index, version] of VERSIONS[id].entries()) {
      const which = version.includes('-draft')
        ? t.versionDraft(version)
        : index === 0
          ? t.versionNewest(version)
          : t.versionReplaced(version);
      // The pack's name too: a closed list shows only the chosen option, not its group.
      const label = `${t.packs[id]}: ${which}`;
      const value = `${id}/${version}`;
      group.append(new Option(label, value, false, value === chosen));
    }
    return group;
  });
}

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
  select.replaceChildren(...packOptions(t, select.value || `continuum/${VERSIONS.continuum[0]}`));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => applyLanguage(button.dataset.lang as 'en' | 'cy'));
}
select.addEventListener('change', () => {
  pathway.answers = {};
  pathway.src = `/rules/${select.value}.json`;
});

const show = (name: string, detail: string) => {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = name;
  item.append(code, ` ${detail}`);
  log.prepend(item);
};
pathway.addEventListener('eh-answer-change', (event) =>
  show(event.type, `${event.questionId} = ${JSON.stringify(event.value)}`),
);
pathway.addEventListener('eh-urgent', (event) => show(event.type, event.recommendation.level.name));
pathway.addEventListener('eh-recommendation', (event) =>
  show(
    event.type,
    `${event.recommendation.level.name} (${event.recommendation.stamp.packId}@${event.recommendation.stamp.version})`,
  ),
);
pathway.addEventListener('eh-override', (event) =>
  show(event.type, event.override ? `${event.override.suggestedLevelId} → ${event.override.levelId}` : '—'),
);
pathway.addEventListener('eh-complete', (event) => show(event.type, event.recommendation.level.name));

applyLanguage(document.documentElement.lang === 'cy' ? 'cy' : 'en');
