/** Which signals the steps take over: SIGPROF is left to Node's own profiler when it runs. */
import { describe, expect, it } from 'vitest';
import { profiling } from '../../src/core/signals';

describe("Node's profiler", () => {
  it.each([
    [['--cpu-prof'], '', true],
    [['--cpu-prof-dir=/tmp/p', '--cpu-prof'], '', true],
    [['--prof'], '', true],
    [[], '--cpu-prof --cpu-prof-dir=/tmp/p', true],
    [[], '  --prof  ', true],
    [[], '', false],
    [['--cpu-prof-dir=/tmp/p'], '', false],
    [['--heap-prof'], '--max-old-space-size=512', false],
    [['--profile'], '--prof-process', false],
  ])('execArgv %j, NODE_OPTIONS %j: %s', (execArgv, nodeOptions, expected) => {
    expect(profiling(execArgv, nodeOptions)).toBe(expected);
  });
});
