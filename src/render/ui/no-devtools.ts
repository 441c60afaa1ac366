/**
 * Stand-in for `react-devtools-core` in the UI bundle: Ink imports it only when `DEV=true`,
 * and the bundle is never run that way. Aliased by the `build:ui` script.
 */
const devtools = {
  /** Does nothing. */
  initialize(): void {},
  /** Does nothing. */
  connectToDevTools(): void {},
};
export default devtools;
