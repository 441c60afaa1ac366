// `node:child_process` for the bundle (an esbuild alias). Commander requires it when it loads,
// for executable subcommands that clausewise does not have, and loading it (with net and dgram)
// costs every command a few milliseconds: here the real module is loaded at first use. Every
// export is forwarded (test/cli/lazy-modules.test.ts compares the lists). simple-git imports
// `child_process` without the prefix and gets the real module directly.
let real;
const load = () => (real ??= require('child_process'));
for (const name of ['_forkChild', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync']) {
  exports[name] = (...args) => load()[name](...args);
}
Object.defineProperty(exports, 'ChildProcess', { enumerable: true, get: () => load().ChildProcess });
