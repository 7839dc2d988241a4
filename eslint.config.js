// Lint rules, and the layer boundaries of the design (README, "Architecture") as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const only = (pkg, home) => ({
  name: pkg,
  message: `Only ${home} imports ${pkg}.`,
});
const restricted = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
/** Each library that only one folder may import, and that folder. */
const HOMES = {
  dexie: 'src/db/',
  'idb-keyval': 'src/settings/',
  'chart.js': 'src/features/radar/',
  'client-zip': 'src/features/backup/',
};
/** The import rules for files in `home` (or anywhere else): every other home's library. */
const librariesBut = (home) =>
  Object.entries(HOMES)
    .filter(([, folder]) => folder !== home)
    .map(([pkg, folder]) => only(pkg, folder));
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
  // No import cycle: a cycle makes the order modules start in depend on who is imported first,
  // and two features that need each other are one feature, or share a third.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // A library is imported only in its home folder.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restricted(librariesBut(null)),
  },
  // ui/ is primitives only: no data access, no features, no app state. It may draw the stored
  // words (db/vocabulary.ts: plain lists, no data access), so a drawing exists for each.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restricted(librariesBut(null), [
      {
        regex: '/(settings|features|app)(/|$)|/db(/(?!vocabulary$)|$)',
        message: 'ui/ has no data access.',
      },
    ]),
  },
  // A feature reaches another feature only through its index.ts.
  ...featureRules(null),
  // Homes may import their own library, and follow the rest.
  { files: ['src/db/**/*.ts'], rules: restricted(librariesBut('src/db/')) },
  { files: ['src/settings/**/*.ts'], rules: restricted(librariesBut('src/settings/')) },
  ...featureRules('src/features/radar/'),
  ...featureRules('src/features/backup/'),
);

/** The feature rules for every feature, or (with `home`) for the feature that is a library's home. */
function featureRules(home) {
  const folder = home ?? 'src/features/';
  return [
    {
      files: [`${folder}**/*.ts`],
      rules: restricted(librariesBut(home), [OTHER_FEATURE_INSIDE, DB_INSIDE]),
    },
    // Components never touch tables: they call their feature's repo.
    {
      files: [`${folder}**/*.tsx`],
      rules: restricted(librariesBut(home), [
        OTHER_FEATURE_INSIDE,
        DB_INSIDE,
        {
          regex: '/db$',
          importNames: ['db'],
          message: 'Components never touch tables: call the feature repo.',
        },
      ]),
    },
  ];
}
