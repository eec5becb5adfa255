// Template variables (Grafana's templating) as data: what a dashboard declares, and the current
// values that queries see. Resolving them (prometheus/, poller/) and picking them (ui-state/) is
// elsewhere.

/**
 * One option of a variable: the text shown in the picker and the value substituted into queries.
 */
export type VariableOption = {readonly text: string; readonly value: string};

/**
 * Grafana's template variables (dashboard `templating.list`), in the order they are refreshed: a
 * variable may use the ones before it in its query. Substituted into queries as `$name`, `${name}`,
 * `${name:format}` and `[[name]]`.
 */
export type VariableSpec = {
  readonly name: string;
  /** Shown instead of the name in the header and the picker. */
  readonly label?: string;
  /** Grafana's `hide`: 'label' hides the label, 'variable' hides the variable from the header. */
  readonly hide?: 'label' | 'variable';
  /** More than one value may be selected. */
  readonly multi?: boolean;
  /** An "All" option is offered first; its value is `allValue`, else every option's value. */
  readonly includeAll?: boolean;
  readonly allValue?: string;
  /** The values selected when the dashboard opens (`$__all` for All); else the first option. */
  readonly current?: readonly string[];
} & (
  | {
      /**
       * `label_values(metric, label)`, `label_values(label)`, `metrics(regex)`,
       * `query_result(expr)`; `regex` filters (and with a capture group, extracts) the values;
       * `sort` is Grafana's: 0 none, 1/2 alphabetical asc/desc, 3/4 numerical, 5/6 case-insensitive.
       */
      readonly kind: 'query';
      readonly query: string;
      readonly regex?: string;
      readonly sort?: number;
    }
  | {readonly kind: 'custom'; readonly options: readonly VariableOption[]}
  | {readonly kind: 'constant'; readonly value: string}
  | {
      /** Options like `1m`, `10m`; `auto` (when set) picks range / autoCount, at least autoMin. */
      readonly kind: 'interval';
      readonly options: readonly string[];
      readonly auto?: {readonly count: number; readonly minSeconds: number};
    }
  | {
      /** A data source variable: always the context's Prometheus (its value is that name). */
      readonly kind: 'datasource';
      readonly pluginType: string;
    }
  | {readonly kind: 'textbox'; readonly value: string}
);

/**
 * A variable's current value as queries see it (prometheus/ substitutes it): the selected values,
 * or, when All is selected, every option's value (or `allValue`, used as it is).
 */
export type VariableValue = {
  readonly values: readonly string[];
  readonly isAll?: boolean;
  readonly allValue?: string;
  /** The texts shown for the values (the header, `${var:text}`). */
  readonly texts?: readonly string[];
};

/** The current value of every variable of a dashboard, by name. */
export type VariableScope = Readonly<Record<string, VariableValue>>;

/** A variable as the poller resolved it and the picker shows it. */
export type VariableState = {
  readonly name: string;
  readonly spec: VariableSpec;
  /** The options, with `{text: 'All', value: '$__all'}` first when the spec includes All. */
  readonly options: readonly VariableOption[];
  /** The selected values (`$__all` for All); never empty once resolved. */
  readonly selected: readonly string[];
  readonly status: 'loading' | 'ok' | 'error';
  /** Why the options could not be read (sanitized, one line), with status 'error'. */
  readonly error?: string;
};
