/** Unit specs sit next to the code; end-to-end specs live in test/ and run the real apps on real PostgreSQL. */
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

// NestJS 12 and a few of its dependencies ship only ES modules. Node (22.12+) requires them as they
// are, but jest runs tests in a module system of its own, which can require an ES module only when
// Node is started with the experimental --experimental-vm-modules (Node 24.9+); instead, these are
// compiled to CommonJS like our own sources (and cached after the first run).
const ESM_PACKAGES = [
  '@nestjs', '@apollo', '@as-integrations', '@graphql-tools', '@whatwg-node', '@standard-schema', 'graphql-ws',
  'cross-inspect', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras', 'ansis',
  // sanitize-html (meeting minutes) requires htmlparser2, which ships only ES modules, as do its DOM helpers.
  'htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'entities', 'domelementtype',
  // pg-boss 12 (the job queue) and the dependencies of it that ship only ES modules.
  'pg-boss', 'rrule-temporal', 'serialize-error', 'non-error',
  // @fastify/static (the web app's files) requires content-disposition 3, which ships only ES modules.
  '@fastify/static/node_modules/content-disposition', 'content-disposition',
];
const esmToCommonJs = { ...swc, swcrc: false, module: { type: 'commonjs' }, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } };

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.medium-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    '^.+\\.js$': ['@swc/jest', esmToCommonJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: { '^@app/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2' },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup/env.ts'],
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  testTimeout: 30_000,
  // Jest's default number of workers (a core each, but one) is one on two cores. Two were tried: the
  // suite took 627–741 s instead of 1,381–1,473 s, but a browser page outwaited its test in two of four
  // runs on two cores, also with the browser files taking turns (Chromium starved by the other file).
};
