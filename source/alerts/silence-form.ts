// The silence form's model: what `s` prefills, and what must hold before it may be posted.
import type {Labels} from '../prometheus/types.js';
import type {AlertRow} from './alert-rows.js';
import {differingLabelNames} from './distinguishing-labels.js';
import {parseDuration} from '../config/duration.js';
import {compileMatchers, matchesEmpty} from './matching.js';
import {compileRegex, escapeRegex} from './re2.js';
import {formatMatcher, formatMatchers, parseMatchers} from './matchers.js';
import {groupMatchers, type RouteGroup} from './route-groups.js';
import type {Matcher, NewSilence} from './types.js';

export const silenceDurations = ['15m', '1h', '4h', '1d'] as const;
export const defaultSilenceDuration = '1h';

export type SilenceForm = {
  /** Matcher text, e.g. `{alertname="X", instance="a"}`. */
  readonly matchers: string;
  readonly duration: string;
  readonly comment: string;
  readonly author: string;
};

export type SilenceFormErrors = {
  readonly matchers?: string;
  readonly duration?: string;
  readonly comment?: string;
  readonly author?: string;
};

export type SilenceCheck = {
  readonly errors: SilenceFormErrors;
  readonly warnings: readonly string[];
  /** How many current alerts the matchers would silence (0 while there are none that parse). */
  readonly matched: number;
  /** What to post, when there are no errors. */
  readonly silence?: NewSilence;
};

export type SilenceContext = {
  readonly now: number;
  /** Label sets of the current alerts (every state), to count what the silence would match. */
  readonly alerts: readonly Labels[];
  /** How many alerts the engineer selected (one row, or a group's rows). */
  readonly selected: number;
  /** The selection is a route group: the warning names it so. */
  readonly group?: boolean;
};

/** Prefilled from the selection; `author` is the login name the caller passes in. */
export function initialSilenceForm(
  selected: readonly AlertRow[],
  all: readonly AlertRow[],
  author: string,
): SilenceForm {
  return {
    matchers: formatMatchers(prefillMatchers(selected, all)),
    duration: defaultSilenceDuration,
    comment: '',
    author,
  };
}

/**
 * `s` on a route group: its labels as matchers, as AlertManager's own UI prefills them. A group
 * without labels (a route with no group_by, or the pending rows no route has seen) falls back to
 * what `s` prefills for its rows.
 */
export function groupSilenceForm(
  group: RouteGroup,
  rows: readonly AlertRow[],
  all: readonly AlertRow[],
  author: string,
): SilenceForm {
  const matchers = groupMatchers(group);
  return {
    matchers: formatMatchers(matchers.length > 0 ? matchers : prefillMatchers(rows, all)),
    duration: defaultSilenceDuration,
    comment: '',
    author,
  };
}

/**
 * The alertname (a regex of the names when several are selected) plus the labels that tell the
 * selection apart from its same-name siblings and that every selected alert shares. An alert alone
 * under its name gets its alertname only.
 */
export function prefillMatchers(
  selected: readonly AlertRow[],
  all: readonly AlertRow[],
): readonly Matcher[] {
  const names = [...new Set(selected.map((row) => row.alertname))].sort();
  const [name] = names;
  if (name === undefined) return [];
  if (names.length > 1) {
    const pattern = names.map(escapeRegex).join('|');
    return [{name: 'alertname', operator: '=~', value: pattern}];
  }
  const siblings = all.filter((row) => row.alertname === name).map((row) => row.labels);
  const shared = differingLabelNames(siblings).flatMap((label): Matcher[] => {
    const values = new Set(selected.map((row) => row.labels[label]));
    const [value] = values;
    return values.size === 1 && value !== undefined ? [{name: label, operator: '=', value}] : [];
  });
  return [{name: 'alertname', operator: '=', value: name}, ...shared];
}

export function checkSilenceForm(form: SilenceForm, context: SilenceContext): SilenceCheck {
  const parsed = parseMatchers(form.matchers);
  const matchers = parsed.ok ? parsed.value : [];
  const parsedDuration = parseDuration(form.duration.trim());
  const durationMs =
    parsedDuration !== undefined && parsedDuration > 0 ? parsedDuration : undefined;
  const errors: SilenceFormErrors = {
    ...optionalError('matchers', parsed.ok ? matcherError(matchers) : parsed.error),
    ...optionalError(
      'duration',
      durationMs === undefined ? 'use a duration like 15m, 1h, 4h or 1d' : undefined,
    ),
    ...optionalError('comment', form.comment.trim() === '' ? 'a comment is required' : undefined),
    ...optionalError('author', form.author.trim() === '' ? 'an author is required' : undefined),
  };
  // No matchers would match everything; that is an error above, not a count worth showing.
  const usable = matchers.length > 0;
  const test = compileMatchers(matchers);
  const matched = usable ? context.alerts.filter((labels) => test(labels)).length : 0;
  const warnings = usable
    ? silenceWarnings(matchers, matched, context.selected, context.group === true)
    : [];
  if (Object.keys(errors).length > 0 || durationMs === undefined) {
    return {errors, warnings, matched};
  }
  const silence: NewSilence = {
    matchers,
    startsAt: context.now,
    endsAt: context.now + durationMs,
    createdBy: form.author.trim(),
    comment: form.comment.trim(),
  };
  return {errors, warnings, matched, silence};
}

/** AlertManager refuses a silence without matchers or whose every matcher matches "". */
function matcherError(matchers: readonly Matcher[]): string | undefined {
  if (matchers.length === 0) return 'at least one matcher is required';
  if (matchers.every(matchesEmpty)) {
    return 'at least one matcher must require a label value (all of these match an absent label)';
  }
  return undefined;
}

function silenceWarnings(
  matchers: readonly Matcher[],
  matched: number,
  selected: number,
  group: boolean,
): readonly string[] {
  const warnings = matchers
    .filter((matcher) => matcher.operator === '=~' && matchesAnyValue(matcher.value))
    .map((matcher) => `${formatMatcher(matcher)} matches every value of ${matcher.name}`);
  if (matched > selected) {
    const chosen = group ? `${selected} in the selected group` : `${selected} selected`;
    warnings.push(`silences ${matched} current alerts, more than the ${chosen}`);
  }
  if (matched === 0) warnings.push('matches no current alert');
  return warnings;
}

const probes = ['x', 'Zz9', 'chat-1:9464', 'a b', 'CriticalWebSocketErrorRate', '.*'];

/** A regex such as `.*` or `.+` that accepts any label value a person would write. */
export function matchesAnyValue(source: string): boolean {
  const regex = compileRegex(source);
  return regex.ok && probes.every((probe) => regex.test(probe));
}

function optionalError<K extends keyof SilenceFormErrors>(
  key: K,
  message: string | undefined,
): SilenceFormErrors {
  return message === undefined ? {} : {[key]: message};
}
