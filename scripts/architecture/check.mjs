#!/usr/bin/env node
/**
 * Architecture checks run by `npm run lint` (after ESLint and dependency-cruiser):
 * 1. no import loop between libraries (the library-level graph, from dependency-cruiser's own
 *    resolution of every import; a loop is a strongly connected set of two or more libraries);
 * 2. no use of another domain's entity through TypeORM (getRepository, InjectRepository,
 *    Repository<…>, forFeature, or an EntityManager/DataSource/query-builder call naming the class)
 *    outside the library that owns it: other domains ask through its services' by-id methods and loaders.
 * 3. the README's "Layers" picture is the graph the code has (`npm run architecture` rewrites it).
 * `--graph` prints the library graph as Mermaid; `--write` puts it into the README.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const { LAYERS } = require('./layers.cjs');
const config = require('../../.dependency-cruiser.cjs');

const ownerOf = (path) => path.match(/^libs\/([^/]+)\//)?.[1];

async function libraryGraph() {
  const { output } = await cruise(['libs'], { ...config.options, validate: false, outputType: 'json' });
  const result = typeof output === 'string' ? JSON.parse(output) : output;
  const edges = new Map();
  for (const module of result.modules) {
    const from = ownerOf(module.source);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      const to = ownerOf(dependency.resolved);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  return edges;
}

/** Tarjan's strongly connected components: every set of libraries that import each other in a loop. */
function loops(edges) {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])])];
  let index = 0;
  const stack = [], on = new Set(), idx = new Map(), low = new Map(), found = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do { w = stack.pop(); on.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return found;
}

function sourceFiles() {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'libs/*.ts', 'apps/api/*.ts', 'apps/admin/*.ts', 'apps/cli/*.ts', 'apps/shared/*.ts'], { encoding: 'utf8' })
    .split('\n').filter((file) => file && !file.endsWith('.spec.ts') && existsSync(file));
}

/** Each entity class and the library that owns it. */
function entityOwners(files) {
  const owners = new Map();
  for (const file of files.filter((f) => f.startsWith('libs/'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^@Entity\(/gm)) {
      const name = text.slice(match.index).match(/^export class (\w+)/m)?.[1];
      if (name) owners.set(name, ownerOf(file));
    }
  }
  return owners;
}

const USES = [
  /getRepository\(\s*(\w+)/g,
  /InjectRepository\(\s*(\w+)/g,
  /Repository<\s*(\w+)/g,
  /forFeature\(\s*\[([^\]]*)\]/g,
  /\.(?:find|findOne|findBy|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|count|countBy|exists|existsBy|save|insert|update|upsert|delete|remove|softDelete|restore|increment|decrement|create|merge|preload|createQueryBuilder|sum|average|minimum|maximum|query)\(\s*(\w+)\s*[,)]/g,
  /\.from\(\s*(\w+)\s*,/g,
  /\.(?:innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|innerJoinAndMapOne|leftJoinAndMapOne|innerJoinAndMapMany|leftJoinAndMapMany)\(\s*(\w+)\s*,/g,
];

function crossDomainUses(files, owners) {
  const found = [];
  for (const file of files) {
    const place = ownerOf(file) ?? file.split('/').slice(0, 2).join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const pattern of USES) {
        for (const match of line.matchAll(pattern)) {
          for (const name of match[1].split(',').map((n) => n.trim())) {
            const owner = owners.get(name);
            if (owner && owner !== place) found.push(`${file}:${i + 1}: ${name} (libs/${owner}) used through TypeORM in ${place}`);
          }
        }
      }
    });
  }
  return [...new Set(found)];
}

function mermaid(edges) {
  const lines = ['flowchart BT'];
  LAYERS.forEach((layer, i) => {
    lines.push(`  subgraph L${i}["${layer.name}"]`, `    direction LR`, ...layer.libs.map((lib) => `    ${lib}`), '  end');
  });
  // Every library may use common and config; their arrows would only hide the others.
  for (const [from, tos] of [...edges].sort()) for (const to of [...tos].sort()) if (to !== 'common' && to !== 'config') lines.push(`  ${from} --> ${to}`);
  return lines.join('\n');
}

const README = new URL('../../README.md', import.meta.url);
const PICTURE = /(### Layers[\s\S]*?```mermaid\n)([\s\S]*?)(\n```)/;

const edges = await libraryGraph();
if (process.argv.includes('--graph')) {
  console.log(mermaid(edges));
  process.exit(0);
}
if (process.argv.includes('--write')) {
  writeFileSync(README, readFileSync(README, 'utf8').replace(PICTURE, (_, head, _old, tail) => head + mermaid(edges) + tail));
  console.log('README.md: the Layers picture is drawn from the code');
  process.exit(0);
}

let failed = false;
if (readFileSync(README, 'utf8').match(PICTURE)?.[2] !== mermaid(edges)) {
  failed = true;
  console.log("README.md's Layers picture is not the graph of the code: run `npm run architecture` and commit the README");
}
const libraryLoops = loops(edges);
console.log(`library imports: ${[...edges.values()].reduce((n, s) => n + s.size, 0)} edges between ${new Set([...edges.keys()]).size} libraries; loops: ${libraryLoops.length}`);
for (const loop of libraryLoops) { failed = true; console.log(`  import loop between libraries: ${loop.join(' ↔ ')}`); }

const files = sourceFiles();
const uses = crossDomainUses(files, entityOwners(files));
console.log(`another domain's entity used through TypeORM: ${uses.length}`);
for (const use of uses) { failed = true; console.log(`  ${use}`); }
process.exit(failed ? 1 : 0);
