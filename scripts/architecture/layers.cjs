/**
 * The libraries in layers, lowest first: the one place the allowed directions are written.
 * A library may import only libraries of a lower layer, and only through their index.ts;
 * libraries never import the apps; the apps (and the tests) may import any library's index.
 * dependency-cruiser (.dependency-cruiser.cjs) enforces this in `npm run lint`, and
 * `npm run architecture` draws it for the README.
 */
const LAYERS = [
  { name: 'configuration', libs: ['config'] },
  { name: 'foundation', libs: ['common'] },
  { name: 'infrastructure', libs: ['policy', 'database', 'jobs'] },
  { name: 'shared services', libs: ['audit', 'mail'] },
  { name: 'directory', libs: ['organizations'] },
  { name: 'accounts', libs: ['users'] },
  { name: 'sign-in and plan', libs: ['auth', 'strategy'] },
  { name: 'network life', libs: ['meetings'] },
  { name: 'domains', libs: ['activities', 'capacity', 'referrals'] },
];

const LIBS = LAYERS.flatMap((layer) => layer.libs);

/** The libraries `lib` may import: every library of a lower layer. */
function allowedFor(lib) {
  const at = LAYERS.findIndex((layer) => layer.libs.includes(lib));
  if (at < 0) throw new Error(`libs/${lib} is in no layer of scripts/architecture/layers.cjs`);
  return LAYERS.slice(0, at).flatMap((layer) => layer.libs);
}

module.exports = { LAYERS, LIBS, allowedFor };
