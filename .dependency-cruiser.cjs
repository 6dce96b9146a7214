/**
 * The doors between libraries (see scripts/architecture/layers.cjs for the layers, and the README's
 * "Layers" section for the picture). `npm run lint` runs it; any violation fails CI.
 */
const { LIBS, allowedFor } = require('./scripts/architecture/layers.cjs');

const INDEX = '^libs/[^/]+/src/index\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'library-deep-import',
      comment: "Enter another library only through its index.ts (import from '@app/<library>'); what it does not export there is private to it.",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', INDEX] },
    },
    {
      name: 'app-deep-import',
      comment: "Apps and tests enter a library only through its index.ts (import from '@app/<library>').",
      severity: 'error',
      // The exceptions: jest's global set-up and tear-down, and a plain Node child process of a
      // resilience test, which run outside jest's module map and so cannot resolve the '@app/…'
      // paths an index brings in.
      from: { path: '^(apps|test|scripts)/', pathNot: ['^test/resilience/support/embedded-postgres-process\\.js$', '^test/setup/global-(setup|teardown)\\.ts$'] },
      to: { path: '^libs/[^/]+/src/', pathNot: [INDEX] },
    },
    {
      name: 'library-imports-app',
      comment: 'Libraries never import the apps: the apps compose the libraries.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|test)/' },
    },
    ...LIBS.map((lib) => {
      const forbidden = LIBS.filter((other) => other !== lib && !allowedFor(lib).includes(other));
      return {
        name: `layers-${lib}`,
        comment: `libs/${lib} may import only ${allowedFor(lib).map((l) => `@app/${l}`).join(', ') || 'no library'} (lower layers, scripts/architecture/layers.cjs).`,
        severity: 'error',
        from: { path: `^libs/${lib}/` },
        to: { path: `^libs/(${forbidden.join('|')})/` },
      };
    }).filter((rule) => !rule.to.path.endsWith('()/')),
    {
      name: 'no-unlayered-library',
      comment: 'Every library has a place in scripts/architecture/layers.cjs.',
      severity: 'error',
      from: {},
      to: { path: '^libs/', pathNot: [`^libs/(${LIBS.join('|')})/`] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^apps/web/', 'node_modules'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
