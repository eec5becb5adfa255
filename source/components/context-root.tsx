// Switching contexts at run time: the app is drawn for one context's runtime; the picker's Enter
// asks for another, which is built (open), then the old runtime is stopped (its timers and
// requests end) and the app is drawn anew on the new one, keeping the dashboard, range and screen.
import React, {useCallback, useEffect, useState} from 'react';
import type {AppContexts, KeptView} from './app.js';

/** The error is one line, without secrets (flags.ts and the config file's checks say so). */
export type Opened<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: string};

export type ContextRootProps<T> = {
  readonly names: readonly string[];
  readonly first: {readonly name: string; readonly value: T};
  /** Builds a context's runtime; nothing is started when it fails. */
  readonly open: (name: string) => Opened<T>;
  /** Stops a runtime that is no longer shown. */
  readonly close: (value: T) => void;
  readonly render: (
    value: T,
    contexts: AppContexts,
    keep: KeptView | undefined,
  ) => React.ReactElement;
};

type Shown<T> = {
  readonly name: string;
  readonly value: T;
  readonly generation: number;
  readonly keep?: KeptView;
  readonly notice?: string;
};

export function ContextRoot<T>(props: ContextRootProps<T>): React.JSX.Element {
  const {open, close} = props;
  const [shown, setShown] = useState<Shown<T>>({...props.first, generation: 0});
  const switchTo = useCallback(
    (name: string, keep: KeptView) => {
      const opened = open(name);
      setShown((previous) =>
        opened.ok
          ? {name, value: opened.value, generation: previous.generation + 1, keep}
          : {...previous, notice: opened.error},
      );
    },
    [open],
  );
  // A runtime no longer shown is stopped: its timers and requests end.
  useEffect(() => () => close(shown.value), [shown.value, close]);
  const contexts: AppContexts = {
    names: props.names,
    current: shown.name,
    switchTo,
    notice: shown.notice,
  };
  return (
    <React.Fragment key={shown.generation}>
      {props.render(shown.value, contexts, shown.keep)}
    </React.Fragment>
  );
}
