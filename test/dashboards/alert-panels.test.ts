// Every alert of the rules file has a panel whose threshold is the alert's own: for each rule,
// whatever it is, its comparison is parsed and the mapped panel's threshold at the rule's severity
// must be that number in the panel's unit (percent panels show ratios times 100; a panel that warns
// below shows the complement, e.g. success for a failure ratio).
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {alertPanelPlace, alertPanels} from '../../source/dashboards/alert-panels.js';
import {readDeployFiles} from '../../stack/deploy-files.js';

type Rule = {
  readonly alert?: string;
  readonly expr: string;
  readonly labels?: Record<string, string>;
};

const rules: Rule[] = Object.values(readDeployFiles().ruleFiles)
  .flatMap((text) => (parse(text) as {groups: {rules: Rule[]}[]}).groups)
  .flatMap((group) => group.rules)
  .filter((rule) => rule.alert !== undefined);

const comparison = /^([\s\S]+?)\s*(==|!=|>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;

/** The rate window an alert's expression uses: `[5m]`, or a recorded `..._rate5m` name. */
const windowOf = (expr: string): string | undefined =>
  /\[(\d+[smhd])\]/.exec(expr)?.[1] ?? /_rate(\d+[smhd])\b/.exec(expr)?.[1];

describe('the alert -> panel table', () => {
  test('names the fifteen alerts of the rules file and nothing else', () => {
    expect(rules).toHaveLength(15);
    expect(Object.keys(alertPanels).sort()).toEqual(rules.map((rule) => rule.alert).sort());
  });

  test.each(rules.map((rule) => [rule.alert ?? '', rule] as const))(
    '%s: the mapped panel has the rule threshold and window',
    (name, rule) => {
      const place = alertPanelPlace(name);
      expect(place, `${name} has no panel`).toBeDefined();
      if (place === undefined) return;
      const parts = comparison.exec(rule.expr.trim());
      expect(parts, `${rule.expr} ends in no comparison`).not.toBeNull();
      const [, left = '', operator = '', number = ''] = parts ?? [];
      const value = Number(number);
      const {panel, query} = place;
      expect(query, `${name}: no query ${place.mirror.series ?? ''}`).toBeDefined();
      if (panel.kind === 'status') {
        // A status panel shows a target down when its value is not 1: the rule must say `== 0`
        // of the same series.
        expect([query?.expr, operator, value]).toEqual([left.trim(), '==', 0]);
        return;
      }
      const thresholds = query?.thresholds ?? panel.thresholds;
      const level = rule.labels?.['severity'] === 'critical' ? 'critical' : 'warning';
      const scale = panel.unit === 'percent' ? 100 : 1;
      const below = thresholds?.direction === 'below';
      expect(operator).toBe('>');
      const expected = below ? (1 - value) * scale : value * scale;
      expect(thresholds?.[level], `${name} ${level} threshold`).toBeCloseTo(expected, 9);

      const window = windowOf(rule.expr);
      if (window === undefined || query?.expr.includes(`[${window}]`)) {
        expect(place.mirror.window).toBeUndefined();
      } else {
        // The panel rates over another window: the table (and so the alert detail) says which.
        expect(place.mirror.window).toContain(`the alert: ${window}`);
      }
    },
  );
});
