// Lint rules, and the layer boundaries of the design (README, "Architecture") as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const only = (pkg, home) => ({
  name: pkg,
  message: `Only ${home} imports ${pkg}.`,
});
const restricted = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
const HOMES = [
  only('dexie', 'src/db/'),
  only('idb-keyval', 'src/settings/'),
  only('chart.js', 'src/features/radar/'),
];
const OTHER_FEATURE_INSIDE = {
  regex: '^\\.\\./(?!\\.)[^/]+/.+|/features/[^/]+/.+',
  message: 'Import another feature through its index.ts.',
};
const DB_INSIDE = { regex: '/db/.+', message: 'Import the database through src/db (its index).' };

export default tseslint.config(
  {
    ignores: ['dist/', 'dev-dist/', 'node_modules/', 'tests/bench/hello/dist/', 'tests/bench/out/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Everything in src/ except its home may not import dexie, idb-keyval or chart.js.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/settings/**', 'src/features/radar/**'],
    rules: restricted(HOMES),
  },
  // ui/ is primitives only: no data access, no features, no app state.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restricted(HOMES, [
      { regex: '/(db|settings|features|app)(/|$)', message: 'ui/ has no data access.' },
    ]),
  },
  // A feature reaches another feature only through its index.ts.
  {
    files: ['src/features/**/*.ts'],
    ignores: ['src/features/radar/**'],
    rules: restricted(HOMES, [OTHER_FEATURE_INSIDE, DB_INSIDE]),
  },
  // Components never touch tables: they call their feature's repo.
  {
    files: ['src/features/**/*.tsx'],
    ignores: ['src/features/radar/**'],
    rules: restricted(HOMES, [
      OTHER_FEATURE_INSIDE,
      DB_INSIDE,
      {
        regex: '/db$',
        importNames: ['db'],
        message: 'Components never touch tables: call the feature repo.',
      },
    ]),
  },
);
