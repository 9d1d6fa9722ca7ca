import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // Generated from docs/openapi.json (tools/openapi/portal-client.cjs).
  { ignores: ['src/api/schema.d.ts'] },
  {
    // The hooks' rules wherever hooks are written, components and hooks of their own alike.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Accessibility in JSX.
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
];
