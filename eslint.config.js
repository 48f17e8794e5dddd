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
    // The database is reached only through the unit of work (src-main/db/unit-of-work.ts):
    // it alone begins transactions, and repositories await query builders instead of calling
    // the synchronous driver, so the core can move to an asynchronous one (PostgreSQL).
    files: ['src-main/features/**', 'src-main/demo/**', 'src-main/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Begin work with ctx.uow.write() / read() (src-main/db/unit-of-work.ts).',
        },
        {
          selector: 'CallExpression[arguments.length=0][callee.property.name=/^(get|all|run)$/]',
          message: 'Await the query builder instead of calling the synchronous driver.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(get|all|run)$/][arguments.0.type='TaggedTemplateExpression']",
          message: 'Raw SQL goes through src-main/db/query.ts (rawRows, rawRow, rawRun).',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(prepare|pragma|backup)$/], CallExpression[callee.property.name='exec'][callee.object.name=/^(db|tx|sqlite)$/], CallExpression[callee.property.name='exec'][callee.object.property.name='sqlite']",
          message: 'Raw SQL lives in src-main/db/ (db/query.ts).',
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
