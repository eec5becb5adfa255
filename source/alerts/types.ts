// Domain types for what AlertManager (API v2) and Prometheus' rules API return, after the wire
// payloads have been narrowed once on arrival (alertmanager-narrow.ts, rules-client.ts). Times are
// milliseconds since the epoch. Server text (labels, annotations, comments) is kept as sent, so
// that matchers built from it match the server's alerts; views sanitize it when they draw it.
import type {Labels} from '../prometheus/types.js';

export type MatchOperator = '=' | '!=' | '=~' | '!~';

/** One AlertManager matcher, e.g. `instance!~"chat-.*"`. */
export type Matcher = {
  readonly name: string;
  readonly operator: MatchOperator;
  readonly value: string;
};

/** `unprocessed` is an alert AlertManager received but has not routed yet. */
export type AlertmanagerAlertState = 'active' | 'suppressed' | 'unprocessed';

export type AlertmanagerAlert = {
  readonly fingerprint: string;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAt?: number;
  /** While firing, a time in the future (Prometheus keeps pushing it forward). */
  readonly endsAt?: number;
  readonly updatedAt?: number;
  readonly generatorURL?: string;
  readonly receivers: readonly string[];
  readonly state: AlertmanagerAlertState;
  /** Ids of the silences that mute it. */
  readonly silencedBy: readonly string[];
  /** Fingerprints of the alerts that inhibit it. */
  readonly inhibitedBy: readonly string[];
  /** Time intervals that mute it (AlertManager 0.27 and later; absent before). */
  readonly mutedBy?: readonly string[];
};

export type AlertGroup = {
  /** The route's group_by labels and their values. */
  readonly labels: Labels;
  readonly receiver: string;
  readonly alerts: readonly AlertmanagerAlert[];
};

export type SilenceState = 'active' | 'pending' | 'expired';

export type Silence = {
  readonly id: string;
  readonly state: SilenceState;
  readonly matchers: readonly Matcher[];
  readonly startsAt: number;
  readonly endsAt: number;
  readonly updatedAt?: number;
  readonly createdBy: string;
  readonly comment: string;
  /** Free-form silence annotations (newer than 0.25; absent on older servers). */
  readonly annotations?: Labels;
};

/** What POST /api/v2/silences needs; `id` updates an existing silence. */
export type NewSilence = {
  readonly id?: string;
  readonly matchers: readonly Matcher[];
  readonly startsAt: number;
  readonly endsAt: number;
  readonly createdBy: string;
  readonly comment: string;
};

export type ClusterPeer = {readonly name: string; readonly address: string};

export type AlertmanagerStatus = {
  readonly version?: string;
  /** When this AlertManager started (the API calls it `uptime`). */
  readonly startedAt?: number;
  readonly cluster: {
    /** `ready`, `settling` or `disabled` (gossip off); `unknown` when not reported. */
    readonly status: string;
    readonly name?: string;
    readonly peers: readonly ClusterPeer[];
  };
};

/**
 * An alert of a Prometheus alerting rule, as `/api/v1/rules` and `/api/v1/alerts` list it; pending
 * alerts exist only there, never in AlertManager.
 */
export type RuleAlert = {
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly state: 'pending' | 'firing';
  readonly activeAt?: number;
  /** The expression's value when last evaluated; NaN when not reported. */
  readonly value: number;
};

export type RuleHealth = 'ok' | 'err' | 'unknown';

export type AlertRule = {
  readonly group: string;
  readonly name: string;
  readonly query: string;
  /** The rule's `for`, in seconds (0 fires at once). */
  readonly duration: number;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly health: RuleHealth;
  readonly lastError?: string;
  readonly alerts: readonly RuleAlert[];
};
