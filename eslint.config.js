// Lint for code; content has its own lint (`waypoint flows lint`), run by `npm run lint` too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'bench/node_modules/', 'docs/flows/', '**/*.tmp.*'] }, // scratch scripts, not the product,
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly',
        structuredClone: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        document: 'readonly', window: 'readonly', sessionStorage: 'readonly', localStorage: 'readonly', location: 'readonly',
        history: 'readonly', crypto: 'readonly', navigator: 'readonly', Intl: 'readonly', performance: 'readonly',
        btoa: 'readonly', Blob: 'readonly', module: 'writable', ResizeObserver: 'readonly', getComputedStyle: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Scripts, benchmarks, tests and bin/ print their results to the terminal.
      'no-console': 'off',
    },
  },
  {
    // Privacy invariant 3: product code logs through the redacting logger (src/privacy/logger.ts),
    // never console.*, which would print message text or an address as it is.
    files: ['src/**'],
    rules: { 'no-console': 'error' },
  },
);
