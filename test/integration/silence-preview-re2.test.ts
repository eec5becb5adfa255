// The silence form's preview ("would silence N current alerts") and the `/` filter against the
// real AlertManager (Debian package), matcher by matcher: alerts are pushed to its API, each
// matcher is typed into nova-top's form, the silence the form makes is posted, and the number of
// alerts AlertManager itself reports silenced by it must be the number the preview showed.
// The table holds RE2 syntax JavaScript reads differently, AlertManager's anchoring, negative
// matchers, case, alternation, and a pattern that backtracks exponentially in JavaScript.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startAlertmanager, type ServerHandle} from '../../stack/servers.js';
import {
  createAlertmanagerClient,
  type AlertmanagerClient,
} from '../../source/alerts/alertmanager-client.js';
import {filterByMatchers, parseFilter} from '../../source/alerts/filter.js';
import {formatMatcher} from '../../source/alerts/matchers.js';
import {checkSilenceForm} from '../../source/alerts/silence-form.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';
import {createRequest} from '../../source/http/http.js';
import type {Labels} from '../../source/prometheus/types.js';

const alertmanagerYaml = `route:
  receiver: default
  group_by: [alertname]
receivers:
  - name: default
`;

// Over 16 characters: JavaScript's RegExp takes seconds on `(.*.*)*X` at 16 and ten times
// longer per two more, so 40 would never finish.
const longInstance = 'x'.repeat(40);

const pushed: readonly Labels[] = [
  {alertname: 'InjectFault', severity: 'critical', instance: 'chat-1:9464'},
  {alertname: 'InjectLatency', severity: 'critical', instance: 'chat-2:9464'},
  {alertname: 'Inject', severity: 'warning', instance: 'chat-3:9464'},
  {alertname: 'inject_lower', severity: 'warning', instance: 'web-1:9464'},
  {alertname: 'Queue2Deep', severity: 'warning', instance: 'web-2:9464'},
  {alertname: 'Ünïcode', severity: 'info', instance: 'web-3:9464'},
  {alertname: 'LongInstance', severity: 'info', instance: longInstance},
  {alertname: 'LongInstanceX', severity: 'info', instance: `${longInstance}X`},
  {alertname: 'Multiline', severity: 'info', instance: 'line\nbreak'},
];

/** Matcher text as typed into the form -> how many of `pushed` AlertManager silences with it. */
const cases: readonly [string, number][] = [
  // Go syntax: POSIX and Unicode classes, \x{…}, \Q…\E.
  ['alertname=~"[[:alpha:]]+"', 6],
  ['alertname=~"\\pL+"', 7],
  ['alertname=~"\\x{49}nject.*"', 3],
  ['alertname=~"\\QInject\\E.*"', 3],
  // Anchored at both ends.
  ['alertname=~"Inject"', 1],
  ['alertname=~"Inject.*"', 3],
  ['alertname=~"nject"', 0],
  ['alertname=~"Deep|Queue.*"', 1],
  // Negative matchers.
  ['severity="critical", instance!~"chat-1.*"', 1],
  ['severity=~".+", alertname!~"Inject.*"', 6],
  // Case.
  ['alertname=~"inject.*"', 1],
  ['alertname=~"(?i)inject.*"', 4],
  // Alternation.
  ['alertname=~"InjectFault|Queue2Deep"', 2],
  ['alertname=~"Inject|Fault"', 1],
  // `.` stops at a newline unless (?s).
  ['instance=~".*break"', 0],
  ['instance=~"(?s).*break"', 1],
  // Exponential for a backtracking engine, linear for RE2.
  ['instance=~"(.*.*)*X"', 1],
  ['severity="info", instance!~"(.*.*)*X"', 3],
];

let alertmanager: ServerHandle | undefined;
let am: AlertmanagerClient;
let alerts: readonly AlertmanagerAlert[];

async function pushAlerts(url: string): Promise<void> {
  const now = Date.now();
  const body = pushed.map((labels) => ({
    labels,
    startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
  }));
  const response = await fetch(`${url}/api/v2/alerts`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  alertmanager = await startAlertmanager({configYaml: alertmanagerYaml});
  am = createAlertmanagerClient(
    createRequest({url: alertmanager.url, headers: [], timeoutMs: 5_000}),
  );
  await pushAlerts(alertmanager.url);
  const deadline = Date.now() + 30_000;
  do {
    alerts = await am.alerts();
  } while (alerts.length < pushed.length && Date.now() < deadline);
  expect(alerts.length).toBe(pushed.length);
});

afterAll(async () => {
  await alertmanager?.stop();
});

describe("the silence preview counts what AlertManager's own matching silences", () => {
  it.each(cases)('%s silences %i', async (text, expected) => {
    const labels = alerts.map((alert) => alert.labels);
    const form = {matchers: text, duration: '1h', comment: 'RE2 table test', author: 'nova-top'};
    const check = checkSilenceForm(form, {now: Date.now(), alerts: labels, selected: 1});
    expect(check.errors).toEqual({});
    if (check.silence === undefined) throw new Error(`no silence for ${text}`);

    // AlertManager works out each alert's silences when it is asked for the alerts.
    const id = await am.createSilence(check.silence);
    const silenced = (await am.alerts()).filter((alert) => alert.silencedBy.includes(id));
    await am.expireSilence(id);

    expect(silenced.length).toBe(expected);
    expect(check.matched).toBe(silenced.length);
    // The `/` filter reads the same matchers the same way.
    const filter = parseFilter(text);
    if (!filter.ok) throw new Error(filter.error);
    expect(names(filterByMatchers(alerts, filter.value))).toEqual(names(silenced));
  });
});

/** Patterns AlertManager refuses -> why, in the form. JavaScript accepts the first four. */
const refused: readonly [string, string][] = [
  ['a)|(Deep', 'unexpected )'],
  ['(?<=In)ject', 'invalid named capture'],
  ['(I)nject\\1', 'invalid escape sequence at position 9: \\1'],
  ['[[:foo:]]+', 'invalid character class range at position 2: [:foo:]'],
  ['a{1001}', 'invalid repeat count at position 2: {1001}'],
  ['(Inject', 'missing closing )'],
];

describe('the silence form refuses the patterns AlertManager refuses', () => {
  it.each(refused)('%s: %s', async (value, error) => {
    const text = formatMatcher({name: 'alertname', operator: '=~', value});
    const form = {matchers: text, duration: '1h', comment: 'RE2 table test', author: 'nova-top'};
    const check = checkSilenceForm(form, {now: Date.now(), alerts: [], selected: 1});
    expect(check.errors).toEqual({matchers: `invalid regex in ${text}: ${error}`});

    const now = Date.now();
    const response = await fetch(`${alertmanager?.url ?? ''}/api/v2/silences`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({
        matchers: [{name: 'alertname', value, isRegex: true, isEqual: true}],
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + 3_600_000).toISOString(),
        createdBy: 'nova-top',
        comment: 'RE2 table test',
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('invalid regular expression');
  });
});

const names = (list: readonly {readonly labels: Labels}[]): readonly string[] =>
  list.map((alert) => alert.labels['alertname'] ?? '').sort();
