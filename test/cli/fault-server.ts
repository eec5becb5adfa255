// A Prometheus (and AlertManager) that cannot be read, on 127.0.0.1: every request redirected to a
// login page, answered 500 with an HTML page, or 200 with HTML; or only the instant queries
// failing while range queries answer an empty matrix. For driving the real CLI.
import http, {type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export type Fault = 'redirect' | 'error-500' | 'html-200' | 'instant-500';

const loginPage = '<!doctype html><html><body><form>Sign in</form></body></html>';
const emptyMatrix = JSON.stringify({status: 'success', data: {resultType: 'matrix', result: []}});

function answer(fault: Fault, path: string, response: http.ServerResponse): void {
  if (fault === 'redirect') {
    response.writeHead(302, {Location: 'https://sso.example/login?next=%2Fapi'}).end();
  } else if (fault === 'html-200') {
    response.writeHead(200, {'Content-Type': 'text/html'}).end(loginPage);
  } else if (fault === 'instant-500' && path === '/api/v1/query_range') {
    response.writeHead(200, {'Content-Type': 'application/json'}).end(emptyMatrix);
  } else {
    response.writeHead(500, {'Content-Type': 'text/html'}).end(loginPage);
  }
}

export type FaultServer = {readonly url: string; readonly host: string; close(): Promise<void>};

export async function startFaultServer(fault: Fault): Promise<FaultServer> {
  const server: Server = http.createServer((request, response) => {
    answer(fault, new URL(request.url ?? '/', 'http://x').pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
