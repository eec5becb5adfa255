// esbuild plugins that keep what nova-top never runs out of the bundle's memory. nova-top sits in
// a terminal for hours, so what a dependency loads "just in case" is paid in RSS all that time:
// - axios probes the fetch API when it is loaded (its fetch adapter builds a Request and a
//   ReadableStream, and its utils read the global FormData): each loads Node's undici, about 12
//   MB resident, for an adapter nova-top never uses (axios picks its http adapter under Node).
// - Ink's layout engine (yoga) decodes its WebAssembly, inlined as a data: URL, with fetch when
//   there is one: that too loads undici. It decodes the base64 itself instead, as it does where
//   there is no fetch.
// - axios' http adapter (and its session cache) imports http2 for requests that ask for HTTP/2,
//   which nova-top never makes: the module is loaded when first used instead (about 4 MB
//   resident).
// - Ink imports its devtools (and the `ws` WebSocket library) only when DEV=true: not shipped.
// Each rewrite names the text it replaces and fails the build if that text is gone, so that an
// update of axios or Ink is looked at instead of silently shipping the probes again.
import {readFile} from 'node:fs/promises';

/** Replaces `from` by `to` in `source`, or says why it cannot. */
function rewrite(source, from, to, file) {
  if (!source.includes(from)) {
    return {errors: [{text: `bundle-trim: ${file} changed; ${JSON.stringify(from)} not found`}]};
  }
  return {contents: source.replace(from, to), loader: 'js'};
}

const fetchAdapter = /[/\\]axios[/\\]lib[/\\]adapters[/\\]fetch\.js$/;
const axiosUtils = /[/\\]axios[/\\]lib[/\\]utils\.js$/;
const axiosFile = /[/\\]axios[/\\]lib[/\\]/;

/** Unavailable to axios' adapter lookup, as on a platform without fetch. */
const noFetchAdapter = 'export const getFetch = () => false;\nexport default false;\n';

/** `http2` on first use: the same module, loaded when axios first reads one of its fields. */
const lazyHttp2 = [
  "import {createRequire} from 'node:module';",
  'const load = () => createRequire(import.meta.url)("node:http2");',
  'export default new Proxy({}, {get: (target, name) => load()[name]});',
].join('\n');

export const axiosForNode = {
  name: 'axios-for-node',
  setup(builder) {
    const seen = new Set();
    builder.onStart(() => seen.clear());
    builder.onLoad({filter: fetchAdapter}, () => {
      seen.add('fetch');
      return {contents: noFetchAdapter, loader: 'js'};
    });
    builder.onLoad({filter: axiosUtils}, async (args) => {
      seen.add('utils');
      return rewrite(
        await readFile(args.path, 'utf8'),
        "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;",
        // Its other test (a FormData's toString) still recognises one; nova-top sends none.
        'const FormDataCtor = undefined;',
        'axios/lib/utils.js',
      );
    });
    builder.onResolve({filter: /^http2$/}, (args) => {
      if (!axiosFile.test(args.importer)) return undefined;
      seen.add('http2');
      return {path: 'lazy-http2', namespace: 'nova-top-trim'};
    });
    builder.onLoad({filter: /^lazy-http2$/, namespace: 'nova-top-trim'}, () => ({
      contents: lazyHttp2,
      loader: 'js',
    }));
    builder.onEnd((result) => {
      // A bundle without axios (a bench's) has nothing to trim.
      if (result.errors.length > 0 || seen.size === 0) return;
      const unseen = ['fetch', 'utils', 'http2'].filter((part) => !seen.has(part));
      if (unseen.length > 0) {
        result.errors.push({text: `bundle-trim: axios changed; ${unseen.join(', ')} not bundled`});
      }
    });
  },
};

/** Ink's devtools.js (and the polyfill and `ws` it imports), loaded only when DEV=true. */
export const inkWithoutDevtools = {
  name: 'ink-without-devtools',
  setup(builder) {
    builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]devtools\.js$/}, () => ({
      contents: 'export {};\n',
      loader: 'js',
    }));
  },
};

const yogaLoader = /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/;

/** Yoga reads its inlined WebAssembly without fetch (and so without undici). */
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(builder) {
    let imported = false;
    let seen = false;
    builder.onStart(() => {
      imported = false;
      seen = false;
    });
    builder.onResolve({filter: /^yoga-layout(\/|$)/}, () => {
      imported = true;
      return undefined;
    });
    builder.onLoad({filter: yogaLoader}, async (args) => {
      seen = true;
      return rewrite(
        await readFile(args.path, 'utf8'),
        'return w||"function"!=typeof fetch?',
        'return true?',
        'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
      );
    });
    builder.onEnd((result) => {
      if (result.errors.length === 0 && imported && !seen) {
        result.errors.push({text: 'bundle-trim: yoga-layout changed; its loader not bundled'});
      }
    });
  },
};
