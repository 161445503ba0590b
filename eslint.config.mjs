// One flat ESLint config for the whole monorepo; every project's `lint` target runs `eslint .`
// from its own folder and finds this file.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/out-tsc/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/coverage/**',
      // Fixture projects are other people's code (with their own lint configs), used as test data.
      '**/fixtures/**',
      '**/__fixtures__/**',
      'examples/**',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // DESIGN.md's tiers: a package depends only on lower tiers; nothing depends on the app.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'tier:0', onlyDependOnLibsWithTags: ['tier:0', 'scope:dev'] },
            { sourceTag: 'tier:1', onlyDependOnLibsWithTags: ['tier:0', 'scope:dev'] },
            { sourceTag: 'tier:2', onlyDependOnLibsWithTags: ['tier:0', 'tier:1', 'scope:dev'] },
            { sourceTag: 'tier:3', onlyDependOnLibsWithTags: ['tier:0', 'tier:1', 'tier:2', 'scope:dev'] },
            { sourceTag: 'tier:app', onlyDependOnLibsWithTags: ['tier:0', 'tier:1', 'tier:2', 'tier:3', 'scope:dev'] },
            { sourceTag: 'scope:dev', onlyDependOnLibsWithTags: ['scope:dev'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Libraries never call process.exit: throw a CeError or return a result; the CLI sets the exit code.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
