// `node:process` for the bundle (an esbuild alias): the global `process` itself, for `import`
// and `require` alike. Importing the real module as ESM copies every property of `process` into
// its exports, and so builds `process.stdin`, `stdout` and `stderr`, loading tty, net and stream
// modules: unified's vfile imports it, and a command writing to a file would pay for three
// streams it never uses.
module.exports = process;
