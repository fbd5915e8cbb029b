// Lint for the library, its tests and stories. Formatting is Prettier's job (see package.json),
// so nothing here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'storybook-static/**', 'coverage/**', '.shots/**', 'rules/**', 'tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'], ...litA11y.configs.recommended },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `const { dropped: _dropped, ...kept } = x` is how an object loses a key without mutation.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests edit packs as raw JSON to make them invalid on purpose; a typed pack cannot be broken.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
