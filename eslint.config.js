import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronOnlyInHost = {
  name: 'electron',
  message: 'Only src-main/hosts/electron/ may import electron: the core must run without it.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'drizzle',
      'test-results',
      'playwright-report',
      'data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: [electronOnlyInHost] }],
    },
  },
  {
    files: ['src-main/hosts/electron/**', 'tests/unit/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Every write takes the write lock first (db/write.ts): a deferred transaction fails
    // with "database is locked" when a second window wrote in between.
    files: ['src-main/**'],
    ignores: ['src-main/db/write.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Write through writeTransaction() from src-main/db/write.ts.',
        },
      ],
    },
  },
  {
    // The contract and the domain rules are bundled into the renderer too: no I/O, no core.
    files: ['src-main/contract/**', 'src-main/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInHost, 'better-sqlite3', 'drizzle-orm'],
          patterns: [
            { regex: '^node:', message: 'contract/ and domain/ are pure: no Node modules.' },
            {
              regex: '(^|/)(db|features|hosts|demo)(/|$)|/(app|bootstrap|dispatcher)$',
              message: 'contract/ and domain/ may not import the rest of the core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer sees the core only through the contract and the pure domain rules.
    files: ['src-renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInHost],
          patterns: [
            {
              regex: 'src-main/(?!(contract|domain)(/|$))',
              message: 'The renderer may import only src-main/contract and src-main/domain.',
            },
          ],
        },
      ],
    },
  },
);
