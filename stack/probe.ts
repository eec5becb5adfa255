// Small readers of the running stack's APIs, for the integration tests and `npm run stack`.

export type PrometheusAlert = {
  readonly labels: Readonly<Record<string, string>>;
  readonly state: string;
};

export type AlertmanagerAlert = {
  readonly labels: Readonly<Record<string, string>>;
  readonly receivers: readonly string[];
  readonly state: string;
  readonly inhibitedBy: readonly string[];
};

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, {signal: AbortSignal.timeout(5_000)});
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response.json();
}

export async function prometheusAlerts(prometheusUrl: string): Promise<PrometheusAlert[]> {
  const body = (await getJson(`${prometheusUrl}/api/v1/alerts`)) as {
    data?: {alerts?: {labels?: Record<string, string>; state?: string}[]};
  };
  return (body.data?.alerts ?? []).map((alert) => ({
    labels: alert.labels ?? {},
    state: alert.state ?? '',
  }));
}

export async function firingAlertNames(prometheusUrl: string): Promise<string[]> {
  const alerts = await prometheusAlerts(prometheusUrl);
  const names = alerts.filter((a) => a.state === 'firing').map((a) => a.labels['alertname'] ?? '');
  return [...new Set(names)].sort();
}

export async function alertmanagerAlerts(alertmanagerUrl: string): Promise<AlertmanagerAlert[]> {
  const body = (await getJson(`${alertmanagerUrl}/api/v2/alerts`)) as {
    labels?: Record<string, string>;
    receivers?: {name?: string}[];
    status?: {state?: string; inhibitedBy?: string[]};
  }[];
  return body.map((alert) => ({
    labels: alert.labels ?? {},
    receivers: (alert.receivers ?? []).map((receiver) => receiver.name ?? ''),
    state: alert.status?.state ?? '',
    inhibitedBy: alert.status?.inhibitedBy ?? [],
  }));
}

/** Polls `check` until it returns true; throws with `describe()` after the timeout. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  describe: () => Promise<string>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function switchScenario(simUrl: string, name: string): Promise<void> {
  const response = await fetch(`${simUrl}/scenario/${name}`, {method: 'POST'});
  if (!response.ok) throw new Error(`POST /scenario/${name}: HTTP ${response.status}`);
  await response.body?.cancel();
}
