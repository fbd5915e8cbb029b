import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/define.js';
import '../src/components/rule-lab/define.js';

// Docs and controls come from the manifest `npm run manifest` writes from the JSDoc; the
// storybook scripts build it first. Tests render stories without it.
const manifests = import.meta.glob<object>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is checked with axe when it runs as a test; a violation fails it.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    // Elements read the nearest `lang`; a story's own `lang` arg wins over the toolbar.
    (story, context) => {
      const lang = (context.args as { lang?: string }).lang ?? (context.globals.locale as string) ?? 'en';
      document.documentElement.lang = lang;
      return story();
    },
  ],
  tags: ['autodocs'],
};

export default preview;
