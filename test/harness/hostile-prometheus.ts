// A Prometheus (and AlertManager) on 127.0.0.1 that answers well until told to misbehave, for
// driving the real UI through every fault an on-call engineer's network or a hostile server can
// produce. Healthy answers come from the benches' stand-in (bench/fake-prometheus.ts): any
// expression gets series in Prometheus' JSON shape, with values that change every poll; alerts
// and silences are empty lists. `fault` switches every later request to one misbehaviour.
import http, {type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {createGzip} from 'node:zlib';
import {createFakePrometheus} from '../../bench/fake-prometheus.js';

export const faults = [
  'slow',
  'hang',
  'hang-mid-body',
  'drip',
  'error-500',
  'redirect',
  'garbage',
  'wrong-types',
  'huge-20k',
  'huge-150k',
  'gzip-bomb',
  'reset',
] as const;

export type HostileFault = (typeof faults)[number];

export type HostileServer = {
  readonly url: string;
  readonly host: string;
  /** Requests answered (or started) so far. */
  readonly requests: () => number;
  /** From now on, every request gets this fault (undefined: healthy again). */
  setFault(fault: HostileFault | undefined): void;
  close(): Promise<void>;
};

const loginPage = '<!doctype html><html><body><form>Sign in</form></body></html>';
/** Bytes a hostile server might send: control sequences, invalid UTF-8, NULs. */
const garbage = Buffer.concat([
  Buffer.from('\u001b[2J\u001b]0;pwned\u0007\u001b[?1049l'),
  Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x9b, 0x31, 0x6d]),
]);

/** Valid JSON in the envelope's shape, with every inner type wrong. */
const wrongTypes = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {metric: 'not-an-object', values: {0: [1, '2']}},
      {metric: {job: 7}, values: [['yesterday', 3], null, [1, {}]]},
      {metric: {}, value: [1, '1'], values: 'many'},
    ],
  },
});

const hugeBodies = new Map<string, string>();
/**
 * `count` series of a few points each, as a range query (matrix) or an instant one (vector), at
 * a fixed time (made once: the server must not be the bottleneck).
 */
function huge(count: number, instant: boolean): string {
  const key = `${count}/${instant}`;
  const made = hugeBodies.get(key) ?? makeHuge(count, instant, Math.floor(Date.now() / 1000));
  hugeBodies.set(key, made);
  return made;
}

function makeHuge(count: number, instant: boolean, time: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const metric = `{"job":"nova","instance":"10.${index >> 16}.${(index >> 8) & 255}.${index & 255}:9100"}`;
    parts.push(
      instant
        ? `{"metric":${metric},"value":[${time},"${index}"]}`
        : `{"metric":${metric},"values":[[${time - 30},"${index}"],[${time - 15},"${index}"],[${time},"${index}"]]}`,
    );
  }
  const type = instant ? 'vector' : 'matrix';
  return `{"status":"success","data":{"resultType":"${type}","result":[${parts.join(',')}]}}`;
}

let bomb: Promise<Buffer> | undefined;
/** A gzip body that unpacks to 256 MiB of JSON whitespace (about 250 KB on the wire). */
function gzipBomb(): Promise<Buffer> {
  bomb ??= new Promise((resolve, reject) => {
    const gzip = createGzip({level: 9});
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(chunks)));
    gzip.on('error', reject);
    gzip.write('{"status":"success","data":{"resultType":"matrix","result":[');
    const spaces = Buffer.alloc(1 << 20, 0x20);
    let left = 256;
    const more = (): void => {
      while (left > 0) {
        left -= 1;
        if (!gzip.write(spaces)) {
          gzip.once('drain', more);
          return;
        }
      }
      gzip.end(']}}');
    };
    more();
  });
  return bomb;
}

export async function startHostileServer(): Promise<HostileServer> {
  const fake = createFakePrometheus();
  let fault: HostileFault | undefined;
  let requests = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const healthy = async (url: URL): Promise<string> => {
    const path = url.pathname;
    if (path.startsWith('/api/v2/')) return '[]';
    const query = Object.fromEntries(url.searchParams);
    const answer = await fake.request({method: 'GET', path, query});
    return JSON.stringify(answer.data);
  };

  const json = (response: ServerResponse, body: string | Buffer, status = 200): void => {
    response.writeHead(status, {'Content-Type': 'application/json'}).end(body);
  };

  const misbehave = async (
    now: HostileFault,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    const instant = url.pathname.endsWith('/query');
    switch (now) {
      case 'slow': {
        const body = await healthy(url);
        later(4_000, () => json(response, body));
        return;
      }
      case 'hang':
        return;
      case 'hang-mid-body': {
        const body = await healthy(url);
        response.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
        });
        response.write(body.slice(0, Math.floor(body.length / 2)));
        return;
      }
      case 'drip': {
        const body = Buffer.from(await healthy(url));
        response.writeHead(200, {'Content-Type': 'application/json'});
        let at = 0;
        const drip = (): void => {
          if (response.destroyed) return;
          if (at >= body.length) {
            response.end();
            return;
          }
          response.write(body.subarray(at, at + 1));
          at += 1;
          later(100, drip);
        };
        drip();
        return;
      }
      case 'error-500':
        response.writeHead(500, {'Content-Type': 'text/html'}).end(loginPage);
        return;
      case 'redirect':
        response.writeHead(302, {Location: 'https://sso.example/login?next=%2Fapi'}).end();
        return;
      case 'garbage':
        json(response, garbage);
        return;
      case 'wrong-types':
        json(response, url.pathname.startsWith('/api/v2/') ? '{"alerts":7}' : wrongTypes);
        return;
      case 'huge-20k':
      case 'huge-150k':
        // Query answers of 20,000 or 150,000 series; the rules and alerts stay as they were.
        if (!url.pathname.startsWith('/api/v1/query')) json(response, await healthy(url));
        else json(response, huge(now === 'huge-20k' ? 20_000 : 150_000, instant));
        return;
      case 'gzip-bomb':
        response
          .writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'})
          .end(await gzipBomb());
        return;
      case 'reset':
        request.socket.destroy();
        return;
    }
  };

  const server = http.createServer((request, response) => {
    requests += 1;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const now = fault;
    const answered =
      now === undefined
        ? healthy(url).then((body) => json(response, body))
        : misbehave(now, url, request, response);
    answered.catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests: () => requests,
    setFault: (next) => {
      fault = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
