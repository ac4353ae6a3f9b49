// Lint: TypeScript-aware rules plus the project's own bans (see DEVELOPERS.md): no HTML built from
// strings anywhere, no focused or skipped tests; and the walls of the house: no import cycles,
// features that do not import each other or the app, a src/lib that imports no feature, and the
// rules of hooks (src/app/README.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

// The workbench (editors' checks of every data file) reads the other features' parsers, as src/app
// composes them; no feature imports it.
const FEATURES = ['areas', 'index', 'initiatives', 'map'];

/** Where an import may not come from: a feature from another feature or the app; src/lib from either. */
const walls = [
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'En feature importerar inte en annan: dela genom src/lib eller props (src/app komponerar).',
  })),
  { target: './src/features', from: './src/app', message: 'En feature importerar inte src/app.' },
  { target: './src/lib', from: './src/features', message: 'src/lib importerar ingen feature.' },
  { target: './src/lib', from: './src/app', message: 'src/lib importerar inte src/app.' },
];

const noHtmlFromData = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Bygg aldrig HTML från data (innerHTML).' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Bygg aldrig HTML från data (outerHTML).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Bygg aldrig HTML från data (insertAdjacentHTML).' },
  { selector: "CallExpression[callee.property.name='setHTML']", message: 'Bygg aldrig HTML från data (setHTML).' },
  { selector: "CallExpression[callee.property.name='setHTMLUnsafe']", message: 'Bygg aldrig HTML från data (setHTMLUnsafe).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Bygg aldrig HTML från data (document.write).' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Bygg aldrig HTML från data (dangerouslySetInnerHTML).' },
  { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: 'Inga fokuserade eller överhoppade tester.' },
];

export default tseslint.config(
  { ignores: ['tmp/', 'dist/', 'dist-bench/', 'node_modules/', 'coverage/', 'test-results/', 'bench-results/', 'public/embed/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlFromData],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'mocks/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: walls }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The host snippet and example page are plain browser scripts, linted on their own terms.
    files: ['public/embed/**/*.js', 'examples/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', URL: 'readonly', URLSearchParams: 'readonly' } },
  },
);
