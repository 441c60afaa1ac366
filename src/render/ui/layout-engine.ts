/**
 * Ready Ink's layout engine (Yoga, WebAssembly) before a frame is laid out. Nothing to do here:
 * as an ES module, `yoga-layout` readies itself with a top-level await when it is imported (tests,
 * sources). The CLI's UI bundle is CommonJS, which cannot hold one: its build puts
 * `yoga-stand-in.ts` in the place of both this module and `yoga-layout` (see src/build/build.mjs).
 */
export async function loadLayoutEngine(): Promise<void> {}
