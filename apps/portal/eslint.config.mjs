import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // Generated from docs/openapi.json (tools/openapi/portal-client.cjs).
  { ignores: ['src/api/schema.d.ts'] },
  {
    // The components: the hooks' rules, accessibility in JSX, and the imports sorted as in .ts files.
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'simple-import-sort': simpleImportSort },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'simple-import-sort/imports': 'error',
    },
  },
];
