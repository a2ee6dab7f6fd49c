/** Jest runs the TypeScript tests through ts-jest (CommonJS, isolatedModules for speed);
 *  end-to-end tests spawn the built bin/winnow, so `npm test` builds first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }] },
  testTimeout: 30000,
};
