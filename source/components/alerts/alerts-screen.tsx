// The alerts screen (the tab after the dashboards): the list, the detail of the selected alert
// with its chart, the silences list or the silence form, each drawn from its view model.
import React, {useMemo} from 'react';
import {Box} from 'ink';
import type {AlertsScreenModel} from './use-alerts.js';
import {alertListLines} from '../../view-models/alerts/alert-list-view.js';
import {silenceListLines} from '../../view-models/alerts/silence-list-view.js';
import {silenceFormLines} from '../../view-models/alerts/silence-form-view.js';
import {ToneLines} from '../panels/tone-lines.js';
import {AlertDetail} from './alert-detail.js';

export type AlertsScreenProps = {
  readonly model: AlertsScreenModel;
  readonly width: number;
  readonly height: number;
  readonly now: number;
  readonly rangeSeconds: number;
  readonly clock: () => number;
};

export function AlertsScreen(props: AlertsScreenProps): React.JSX.Element {
  const {model, width, height, now} = props;
  const {ui, state, visible, items} = model;
  const readOnly = model.runtime?.readOnly === true;
  const selectedItem = items[ui.selected];
  const selectedRow = selectedItem?.kind === 'row' ? selectedItem.row : undefined;
  const lines = useMemo(() => {
    if (ui.view === 'silences') {
      return silenceListLines({
        rows: model.silences,
        selected: ui.selectedSilence,
        confirmExpire: ui.confirmExpire,
        readOnly,
        notice: ui.notice,
        width,
        height,
      });
    }
    if (ui.view === 'form' && ui.form !== undefined && model.check !== undefined) {
      return silenceFormLines({
        form: ui.form,
        check: model.check,
        readOnly,
        writing: ui.writing,
        notice: ui.notice,
        width,
        height,
      });
    }
    return alertListLines({
      state,
      visible,
      items: ui.grouped ? items : undefined,
      selected: ui.selected,
      marked: ui.marked,
      filter: ui.filter,
      filtering: ui.filtering,
      notice: ui.notice,
      now,
      width,
      height,
    });
  }, [model.silences, model.check, ui, state, visible, items, readOnly, now, width, height]);
  if (ui.view === 'detail' && selectedRow !== undefined) {
    return (
      <AlertDetail
        row={selectedRow}
        state={state}
        hyperlinks={model.runtime?.hyperlinks === true}
        prometheus={model.runtime?.prometheus}
        width={width}
        height={height}
        now={now}
        rangeSeconds={props.rangeSeconds}
        clock={props.clock}
      />
    );
  }
  return (
    <Box width={width} height={height} flexShrink={0}>
      <ToneLines lines={lines} width={width} />
    </Box>
  );
}
