import t from 'tap';
import { parseWorkloadConfig } from '../../../sim/workload/workload-config.js';
import { preset, presetNames, presetSummaries } from '../../../sim/workload/presets.js';

t.test('the documented presets exist', async (t) => {
  t.same(presetNames().sort(), ['ci', 'failover', 'regions', 'smoke']);
});

t.test('every preset parses, carries its own name and survives a second parse unchanged', async (t) => {
  for (const name of presetNames()) {
    const config = preset(name);
    if (config === undefined) {
      t.fail(`preset ${name} is listed but not found`);
      continue;
    }
    t.equal(config.name, name, `${name} is named after itself`);
    t.same(parseWorkloadConfig(config), config, `${name} is a fixed point of the parser`);
    t.equal(config.maxOps, Math.ceil(config.rate * config.durationS), `${name} runs rate × duration operations`);
    for (const fault of config.faults)
      t.ok(fault.atS <= config.durationS, `${name}: fault at ${fault.atS} s in the run`);
  }
});

t.test('presets keep their distinguishing settings', async (t) => {
  const failover = preset('failover');
  t.same(
    failover?.faults.map((f) => f.action),
    ['kill', 'stop', 'restart-nats'],
  );
  const ci = preset('ci');
  t.equal(ci?.cluster.scryptN, 1_024, 'ci uses cheap scrypt');
  t.ok(ci !== undefined && ci.cluster.deadAfterMs < 2_500, 'ci detects failures faster than production');
  t.same(preset('regions')?.cluster.regions, ['eu', 'us']);
  t.same(preset('smoke')?.faults, []);
});

t.test('an unknown preset name gives undefined, also for names of Object.prototype', async (t) => {
  t.equal(preset('nope'), undefined);
  t.equal(preset('constructor'), undefined);
  t.equal(preset('toString'), undefined);
  t.equal(preset('__proto__'), undefined);
});

t.test('there is one help line per preset, starting with its name', async (t) => {
  const lines = presetSummaries();
  t.equal(lines.length, presetNames().length);
  for (const name of presetNames())
    t.ok(
      lines.some((line) => line.startsWith(`${name} `)),
      `a line for ${name}`,
    );
});
