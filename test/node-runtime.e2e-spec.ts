import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The portal's Node.js line, read from the files that choose it (no Docker engine runs where the
 * tests do): the image, CI and package.json must agree, or the image would ship what CI never ran.
 */
const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const LINE = 24;

describe('Node.js runtime', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages = instructions.filter((line) => /^FROM\s/i.test(line));

  it(`builds and runs the Docker image on node:${LINE}-bookworm-slim, in both stages`, () => {
    expect(stages).toEqual([`FROM node:${LINE}-bookworm-slim AS build`, `FROM node:${LINE}-bookworm-slim`]);
  });

  it('builds the image from files that exist and runs the built API as the unprivileged node user', () => {
    for (const line of instructions.filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) expect({ line, exists: existsSync(join(ROOT, source)) }).toEqual({ line, exists: true });
    }
    expect(instructions).toEqual(expect.arrayContaining(['RUN npm ci', 'RUN npm run build', 'USER node']));
    const cmd = instructions.find((line) => line.startsWith('CMD '))!;
    const main = (JSON.parse(cmd.slice(4)) as string[])[1];
    expect(main).toBe('dist/apps/api/src/main.js');
    expect(existsSync(join(ROOT, main.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });

  it(`is tested by CI on Node.js ${LINE}, which package.json allows, with its types`, () => {
    expect(read('.ci/run')).toContain(`NODE_MAJOR=${LINE}\n`);
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^?${LINE}\\.`));
  });
});
