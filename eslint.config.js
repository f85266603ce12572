// Lint: typescript-eslint's recommended rules plus the house's boundaries (STYLE.md, "Layout"), so the
// structure is checked by the tool rather than by reviewers' memory:
//   src/core      pure: imports nothing outside the core, no browser or clock globals
//   src/common    pure modules several contexts share: may import the core, never a context or the platform
//   src/platform  browser-bound modules several contexts share (messages, storage, downloads, i18n)
//   src/page      code both in-page scripts run (content and frame): the hider, child-frame signals
//   src/content src/frame src/background src/popup src/options src/desk   execution contexts: never import each other
//   src/cli       Node: the core and the pure common modules, no browser glue
// Outside the core, the core is imported through src/core/index.ts only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const CONTEXTS = ['content', 'frame', 'background', 'popup', 'options', 'desk'];
const BROWSER_GLUE = [...CONTEXTS, 'platform', 'page'].map((d) => `./src/${d}`);
const ctx = (d) => `./src/${d}`;

const zones = [
  { target: './src/core', from: './src', except: ['./core'], message: 'the core is pure: it imports nothing outside src/core' },
  ...CONTEXTS.map((d) => ({
    target: ctx(d),
    from: CONTEXTS.filter((o) => o !== d).map(ctx),
    message: 'execution contexts never import each other; shared code goes to src/common, src/platform or src/page',
  })),
  { target: './src/cli', from: BROWSER_GLUE, message: 'the command line imports no browser glue' },
  { target: './src/common', from: [...BROWSER_GLUE, './src/cli'], message: 'src/common is pure and shared: it imports no context and no browser-bound module' },
  { target: './src/platform', from: [...CONTEXTS.map(ctx), './src/page', './src/cli'], message: 'src/platform imports no context' },
  { target: './src/page', from: [...CONTEXTS.map(ctx), './src/cli'], message: 'src/page imports no context' },
];

/** Globals the pure core must not read: the environment is passed in (STYLE.md, habit 1). */
const CORE_FORBIDDEN_GLOBALS = ['window', 'document', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'self', 'DOMParser', 'performance'].map(
  (name) => ({ name, message: 'the core is environment-agnostic: pass it in' }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-results/**', 'bench/work/**', 'test/pages/**', 'test/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Chinese text is written with full-width spaces (U+3000 paragraph indents): allowed in strings,
      // templates, regular expressions and comments, never in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Control characters are what file names and page text must be cleaned of.
      'no-control-regex': 'off',
      // Escaped brackets and dashes inside character classes (`[【\[]`, `[－\-—]`) read unambiguously;
      // dropping the escape can turn a dash into a range.
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*', '!**/core/index'], message: 'outside the core, import it through src/core/index.ts' }] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'the core runs in Node too' }],
          patterns: [{ group: ['node:*'], message: 'the core runs in the browser too' }],
        },
      ],
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'the core reads no clock: the caller passes the time' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the core reads no clock: the caller passes the time' },
        { selector: "MemberExpression[object.name='globalThis']", message: 'the core is environment-agnostic: pass it in' },
      ],
    },
  },
);
