// The frontend's quality gate (`npm run lint`, run by the Maven build): TypeScript-aware rules,
// the rules of React hooks, accessibility rules for JSX; formatting is Prettier's (`npm run format`).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'target', 'test-results', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // LoginForm's own autoFocus prop moves focus with a ref, into the login page's only form or a dialog.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    extends: [js.configs.recommended],
    // (e2e code also runs in the page, through page.evaluate)
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
)
