// The command line as data: meow's flag definitions, the --help text and the README's flag table
// all come from these two tables, so they cannot drift apart.

export const defaultPrometheusUrl = 'http://localhost:9090';

/** Passed to meow as is. Values stay strings: flags.ts parses and checks them. */
export const meowFlags = {
  prometheus: {type: 'string', shortFlag: 'p'},
  dashboard: {type: 'string', shortFlag: 'd'},
  dashboardFile: {type: 'string', isMultiple: true},
  refresh: {type: 'string'},
  range: {type: 'string'},
  scrapeInterval: {type: 'string'},
  alertmanager: {type: 'string', shortFlag: 'a', isMultiple: true},
  bell: {type: 'boolean', default: true},
  readOnly: {type: 'boolean'},
  header: {type: 'string', isMultiple: true},
  bearerTokenFile: {type: 'string'},
  caFile: {type: 'string'},
  config: {type: 'string'},
  context: {type: 'string'},
  record: {type: 'string'},
  replay: {type: 'string'},
  demo: {type: 'boolean'},
  once: {type: 'boolean'},
  json: {type: 'boolean'},
  width: {type: 'string'},
  color: {type: 'boolean', default: true},
  ascii: {type: 'boolean'},
  help: {type: 'boolean', shortFlag: 'h'},
  version: {type: 'boolean'},
} as const;

export type OptionDoc = {
  readonly flag: string;
  readonly value?: string;
  readonly help: string;
  readonly defaultText?: string;
};

export const optionDocs: readonly OptionDoc[] = [
  {
    flag: '--prometheus, -p',
    value: 'URL',
    help: 'Prometheus base URL; a path prefix is kept, user:password@ becomes basic auth',
    defaultText: defaultPrometheusUrl,
  },
  {
    flag: '--dashboard, -d',
    value: 'NAME',
    help: 'Dashboard to start on, by name or tab number: overview, websocket, messaging, errors, one from --dashboard-file; or the alerts screen: alerts (or its number, after the dashboards)',
    defaultText: 'overview',
  },
  {
    flag: '--dashboard-file',
    value: 'FILE',
    help: 'Add the dashboard in FILE after the others: a dashboard file (YAML or JSON, see "Dashboard files") or a Grafana dashboard JSON (see "Grafana dashboards"); repeatable',
  },
  {
    flag: '--refresh',
    value: 'DURATION',
    help: "Poll interval, at least 1s; without it a dashboard's own refresh (Grafana's) applies",
    defaultText: '15s',
  },
  {
    flag: '--range',
    value: 'DURATION',
    help: "Time range shown, 1m to 30d; without it a dashboard's own time range (Grafana's) applies",
    defaultText: '1h',
  },
  {
    flag: '--scrape-interval',
    value: 'DURATION',
    help: "Prometheus' scrape interval, 1s to 10m: rate() windows span at least 4 scrapes",
    defaultText: '15s',
  },
  {
    flag: '--alertmanager, -a',
    value: 'URL',
    help: 'AlertManager base URL, repeatable (HA pair, several clusters); user:password@ is its own basic auth',
    defaultText: 'http://localhost:9093',
  },
  {flag: '--no-bell', help: 'No terminal bell when a new critical alert fires'},
  {flag: '--read-only', help: 'Never create or expire silences'},
  {
    flag: '--header',
    value: '"NAME: VALUE"',
    help: 'Extra request header, repeatable; "NAME: @FILE" reads the value from FILE',
  },
  {flag: '--bearer-token-file', value: 'FILE', help: 'Send the token in FILE as a bearer token'},
  {flag: '--ca-file', value: 'FILE', help: 'Trust the private CA in this PEM file'},
  {
    flag: '--config',
    value: 'FILE',
    help: 'YAML file of named contexts (servers, auth, dashboards; docs/config.md); by default nova-top/config.yaml in $XDG_CONFIG_HOME, else in ~/.config',
  },
  {
    flag: '--context',
    value: 'NAME',
    help: 'Context of the config file to start with; C switches at run time',
    defaultText: "the file's current-context",
  },
  {flag: '--record', value: 'FILE', help: 'Also write what the screens fetch to a snapshot file'},
  {flag: '--replay', value: 'FILE', help: 'Show a recorded snapshot instead of asking the servers'},
  {flag: '--demo', help: 'Replay the incident recording shipped with nova-top'},
  {
    flag: '--once',
    help: 'Print the dashboard (with -d alerts: the alert list) once as text and exit (the default when stdout is not a terminal)',
  },
  {flag: '--json', help: 'Print the dashboard or alert list once as JSON and exit'},
  {
    flag: '--width',
    value: 'COLUMNS',
    help: 'Width of --once output, 80 to 1000',
    defaultText: 'the terminal width, else 120',
  },
  {flag: '--no-color', help: 'No colours (also when NO_COLOR is set)'},
  {flag: '--ascii', help: 'Draw sparklines, bars and borders with ASCII only'},
  {flag: '--help, -h', help: 'Show this help'},
  {flag: '--version', help: 'Show the version'},
];

export type EnvironmentDoc = {readonly name: string; readonly help: string};

export const environmentDocs: readonly EnvironmentDoc[] = [
  {name: 'NOVA_TOP_PROMETHEUS_URL', help: 'Prometheus URL when --prometheus is not given'},
  {name: 'PROMETHEUS_URL', help: 'Used when NOVA_TOP_PROMETHEUS_URL is not set either'},
  {name: 'NOVA_TOP_ALERTMANAGER_URL', help: 'AlertManager URL when --alertmanager is not given'},
  {name: 'ALERTMANAGER_URL', help: 'Used when NOVA_TOP_ALERTMANAGER_URL is not set either'},
  {name: 'FORCE_HYPERLINK', help: '1 or 0: force links in the alert detail on or off'},
  {name: 'NOVA_TOP_BEARER_TOKEN', help: 'Bearer token (--bearer-token-file wins)'},
  {name: 'NOVA_TOP_BASIC_AUTH', help: 'user:password for basic auth (URL userinfo wins)'},
  {name: 'NO_COLOR', help: 'Any non-empty value: no colours, as --no-color'},
  {name: 'HTTPS_PROXY, NO_PROXY', help: 'Proxy to reach Prometheus through, and hosts to skip it'},
  {name: 'XDG_STATE_HOME', help: 'Query history in nova-top/history under it, else ~/.local/state'},
];

const usage = (doc: OptionDoc): string => (doc.value ? `${doc.flag} ${doc.value}` : doc.flag);

const helpWidth = 80;

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Two columns; the right one wraps so that no line passes 80 characters. */
function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const indent = 4;
  return rows.flatMap(([left, right]) =>
    wrap(right, helpWidth - indent - width).map(
      (line, index) => ' '.repeat(indent) + (index === 0 ? left : '').padEnd(width) + line,
    ),
  );
}

/** The --help text, without the trailing newline. */
export function helpText(): string {
  const options = optionDocs.map((doc): [string, string] => [
    usage(doc),
    doc.defaultText ? `${doc.help} (default ${doc.defaultText})` : doc.help,
  ]);
  return [
    '',
    "  Live terminal dashboards of the Nova chat platform's Prometheus metrics",
    '',
    '  Usage',
    '    $ nova-top [options]',
    '',
    '  Options',
    ...columns(options),
    '',
    '  Environment',
    ...columns(environmentDocs.map((doc): [string, string] => [doc.name, doc.help])),
    '',
    '  Durations are Prometheus durations: 30s, 5m, 1h30m, 1d.',
    '  Press ? in nova-top for the keys.',
    '',
    '  Examples',
    '    $ nova-top --demo',
    '    $ nova-top -p http://localhost:9090 -d websocket --range 6h',
    '    $ nova-top -p https://mimir.example/prometheus --header "X-Scope-OrgID: t1"',
  ].join('\n');
}

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The README's flag and environment tables (Markdown). */
export function readmeOptionTables(): string {
  return [
    '| Flag | Default | What it does |',
    '| --- | --- | --- |',
    ...optionDocs.map(
      (doc) =>
        `| \`${cell(usage(doc))}\` | ${doc.defaultText ? `\`${doc.defaultText}\`` : ''} | ${cell(doc.help)} |`,
    ),
    '',
    '| Environment variable | What it does |',
    '| --- | --- |',
    ...environmentDocs.map((doc) => `| \`${doc.name}\` | ${cell(doc.help)} |`),
  ].join('\n');
}
