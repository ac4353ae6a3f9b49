// Lint: TypeScript-aware rules plus the project's own bans (see DEVELOPERS.md): no HTML built from
// strings anywhere, no focused or skipped tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // The host snippet and example page are plain browser scripts, linted on their own terms.
    files: ['public/embed/**/*.js', 'examples/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', URL: 'readonly', URLSearchParams: 'readonly' } },
  },
);
