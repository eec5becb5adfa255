// The screens in tab order, as the header's tabs number them: the dashboards in order, then the
// alerts screen when there is one. ←/→/Tab go round this list and the number keys pick from it,
// so a fifth dashboard would be 5 and move the alerts screen to 6.

export type Screen =
  {readonly kind: 'dashboard'; readonly index: number} | {readonly kind: 'alerts'};

export function screenList(dashboardCount: number, hasAlerts: boolean): readonly Screen[] {
  const dashboards = Array.from({length: dashboardCount}, (_, index): Screen => ({
    kind: 'dashboard',
    index,
  }));
  return hasAlerts ? [...dashboards, {kind: 'alerts'}] : dashboards;
}

/** The screen `by` places on from `current` in the ring (past the last is the first). */
export function stepScreen(
  screens: readonly Screen[],
  current: Screen,
  by: 1 | -1,
): Screen | undefined {
  const at = screens.findIndex((screen) =>
    screen.kind === 'alerts'
      ? current.kind === 'alerts'
      : current.kind === 'dashboard' && screen.index === current.index,
  );
  const count = screens.length;
  return count === 0 ? undefined : screens[(at + by + count) % count];
}
