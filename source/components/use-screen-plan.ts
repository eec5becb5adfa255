// The plan for what is on screen (poller/screen-plan.ts), the same object for as long as it asks
// the same: an effect that hands it to a poller runs only when the plan really changes.
import {useMemo} from 'react';
import type {PollPlan} from '../poller/types.js';
import {screenPlan, screenPlanKey, type ScreenPlanInput} from '../poller/screen-plan.js';

export function useScreenPlan(input: ScreenPlanInput): PollPlan | undefined {
  const key = screenPlanKey(input);
  // `key` stands for everything in the input but the dashboard: new objects with the same widths,
  // values and panels are no new plan.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => screenPlan(input), [input.dashboard, key]);
}
