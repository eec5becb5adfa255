import {describe, expect, it} from 'vitest';
import {createRulesClient, narrowRules} from '../../source/alerts/rules-client.js';
import {rulesInError} from '../../source/alerts/rules-in-error.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import {fixture, ms, replay} from './fixtures.js';

describe('Prometheus alerting rules on a recorded Prometheus 2.42 answer', () => {
  it('asks for alerting rules only', async () => {
    const {request, requests} = replay({'GET /api/v1/rules': fixture('rules')});
    const rules = await createRulesClient(request).alertRules();
    expect(requests).toEqual([{method: 'GET', path: '/api/v1/rules', query: {type: 'alert'}}]);
    expect(
      rules.map((rule) => [rule.name, rule.health, rule.duration, rule.alerts.length]),
    ).toEqual([
      ['CriticalWebSocketErrorRate', 'ok', 0, 2],
      ['HighWebSocketErrorRate', 'ok', 0, 1],
      ['IdleConversationsTooHigh', 'ok', 0, 1],
      ['MessageQueueBacklog', 'ok', 3600, 1],
      ['ServiceDown', 'err', 0, 0],
    ]);
  });

  it('keeps a pending alert with its start and value, and the rule it belongs to', () => {
    const backlog = narrowRules(fixture('rules')).find(
      (rule) => rule.name === 'MessageQueueBacklog',
    );
    expect(backlog).toEqual({
      group: 'nova-alerts',
      name: 'MessageQueueBacklog',
      query: 'label_replace(vector(1250), "queue_type", "pending", "", "")',
      duration: 3600,
      labels: {service: 'messaging', severity: 'warning'},
      annotations: {summary: 'Pending queue depth {{ $value }}'},
      health: 'ok',
      alerts: [
        {
          labels: {
            alertname: 'MessageQueueBacklog',
            queue_type: 'pending',
            service: 'messaging',
            severity: 'warning',
          },
          annotations: {summary: 'Pending queue depth 1250'},
          state: 'pending',
          activeAt: ms('2026-11-27T05:31:53.022Z'),
          value: 1250,
        },
      ],
    });
  });

  it('lists rules that cannot evaluate apart, with their error', () => {
    expect(rulesInError(narrowRules(fixture('rules')))).toEqual([
      {
        group: 'nova-alerts',
        name: 'ServiceDown',
        query:
          'label_replace(vector(1), "job", "a", "", "") or label_replace(vector(1), "job", "b", "", "")',
        error: 'vector contains metrics with the same labelset after applying alert labels',
      },
    ]);
  });

  it('skips recording rules and refuses an answer without groups', () => {
    const recording = {
      status: 'success',
      data: {groups: [{name: 'g', rules: [{type: 'recording', name: 'x:y', query: 'up'}]}]},
    };
    expect(narrowRules(recording)).toEqual([]);
    expect(() => narrowRules({status: 'success', data: {}})).toThrow(
      'The Prometheus rules answer is not in the expected format',
    );
    expect(() => narrowRules({groups: []})).toThrow(
      'The Prometheus rules answer is not in the expected format',
    );
  });

  it("turns Prometheus' error body into kind 'prometheus'", async () => {
    const body = {status: 'error', errorType: 'bad_data', error: 'unsupported type "x"'};
    const {request} = replay({'GET /api/v1/rules': new HttpResponseError('HTTP 400', 400, body)});
    await expect(createRulesClient(request).alertRules()).rejects.toMatchObject({
      kind: 'prometheus',
      status: 400,
      errorType: 'bad_data',
      message: 'unsupported type "x"',
    });
  });
});
