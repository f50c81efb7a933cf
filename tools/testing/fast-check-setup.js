// Jest setup for every project (after the framework, so hooks exist).
//
// fast-check prints the seed and path of any failing property; this reporter
// adds the error the shrunk case threw ('failed with <class>: <message>', so a
// canary can check that its property caught the bug for the right reason) and
// the one line that replays exactly that case, test by test:
//   FC_TEST='<full test name>' FC_SEED=<seed> FC_PATH=<path> [FC_REPLAY_PATH=<commands path>] npx jest <file> -t '<name>'
// FC_SEED alone re-seeds every property. FC_PATH and FC_REPLAY_PATH only make
// sense for the test that printed them (a path walks one property's shrink
// tree), so they apply to the test named by FC_TEST and to no other; the
// commands-based properties pass FC_REPLAY_PATH to fc.commands, whose shrinks
// depend on the commands that ran and cannot be replayed from the path alone.
const fc = require('fast-check');

const { FC_SEED, FC_PATH, FC_REPLAY_PATH, FC_TEST } = process.env;
const given = (v) => v !== undefined && v !== '';
if ((given(FC_PATH) || given(FC_REPLAY_PATH)) && !given(FC_TEST)) {
  throw new Error("FC_PATH and FC_REPLAY_PATH replay one test: set FC_TEST to its full name, as the failure's 'replay:' line prints it");
}

/** What the current test replays: null, or its seed, path and commands' replay path. */
globalThis.__discoPropertyReplay = null;

function reporter(details) {
  if (!details.failed) return;
  const name = expect.getState().currentTestName ?? '';
  const message = fc.defaultReportMessage(details) ?? 'Property failed';
  const replayPath = /\/\*replayPath="([^"]*)"\*\//.exec(message)?.[1];
  const quote = (s) => `'${String(s).replace(/'/g, "'\\''")}'`;
  const line =
    `replay: FC_TEST=${quote(name)} FC_SEED=${details.seed} FC_PATH=${quote(details.counterexamplePath ?? '')}` +
    `${replayPath === undefined ? '' : ` FC_REPLAY_PATH=${quote(replayPath)}`} npx jest ${quote(expect.getState().testPath ?? '')} -t ${quote(name)}`;
  throw new Error(`${message}\n${failedWith(details.errorInstance)}\n${line}`, { cause: details.errorInstance });
}

/** Why the shrunk counterexample failed, on one line: the error it threw (class and message), which the report leaves out. */
function failedWith(error) {
  if (error instanceof Error) return `failed with ${error.name}: ${error.message.split('\n')[0]}`;
  return `failed with ${String(error)}`;
}

beforeEach(() => {
  const name = expect.getState().currentTestName;
  const mine = given(FC_TEST) && name === FC_TEST;
  globalThis.__discoPropertyReplay = mine ? { seed: Number(FC_SEED), path: FC_PATH, replayPath: given(FC_REPLAY_PATH) ? FC_REPLAY_PATH : undefined } : null;
  fc.configureGlobal({
    reporter,
    ...(given(FC_SEED) && (!given(FC_TEST) || mine) ? { seed: Number(FC_SEED) } : {}),
    ...(mine && given(FC_PATH) ? { path: FC_PATH } : {}),
  });
});
