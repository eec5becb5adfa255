// A tiny local HTTP(S) server for the HTTP module's tests: each test says how to answer, and the
// server records what it was asked.
import http from 'node:http';
import https from 'node:https';
import type {AddressInfo} from 'node:net';

export type RecordedRequest = {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
};

export type Handler = (request: RecordedRequest, response: http.ServerResponse) => void;

export type TestServer = {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
};

export async function startTestServer(
  handler: Handler,
  tls?: {readonly key: string; readonly cert: string},
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const listener = (incoming: http.IncomingMessage, response: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      handler(request, response);
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sendJson = (response: http.ServerResponse, status: number, value: unknown): void => {
  response.writeHead(status, {'Content-Type': 'application/json'});
  response.end(JSON.stringify(value));
};
