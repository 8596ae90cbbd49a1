// The app's JavaScript modules that host.js imports only on first use
// (src/exports.js: an export; src/readers.js: a file or a link read).
// scripts/postbuild.mjs puts them beside host.js in dist/snippets/,
// scripts/sizes.mjs weighs them apart from the page, and a browser test
// checks that the page does not load them.
export const ON_USE = ["exports.js", "readers.js"];

/** Whether `path` (in dist/) is one of them. */
export const isOnUse = (path) => /^snippets\//.test(path) && ON_USE.some((m) => path.endsWith(`/src/${m}`));
