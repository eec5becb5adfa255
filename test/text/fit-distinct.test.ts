import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../source/text/fit.js';
import {fitDistinct} from '../../source/text/fit-distinct.js';

describe('fitDistinct', () => {
  it.each([
    {
      name: 'names that fit are unchanged',
      names: ['api 10.0.0.1:8080', 'db 10.0.0.3:9187'],
      cells: 18,
      fitted: ['api 10.0.0.1:8080', 'db 10.0.0.3:9187'],
    },
    {
      name: 'two gateways differ at the end: the shared middle is shortened, the number kept',
      names: ['nova-websocket ws-gateway-1', 'nova-websocket ws-gateway-2'],
      cells: 18,
      fitted: ['nova-websoc…eway-1', 'nova-websoc…eway-2'],
    },
    {
      name: 'names that differ early are cut at the end, as fitToWidth does',
      names: ['nova-analytics analytics-1', 'nova-websocket ws-gateway-1'],
      cells: 18,
      fitted: ['nova-analytics an…', 'nova-websocket ws…'],
    },
    {
      name: 'the shared port stays with the address that tells the targets apart',
      names: ['api 10.0.0.1:9100', 'api 10.0.0.2:9100'],
      cells: 12,
      fitted: ['api ….1:9100', 'api ….2:9100'],
    },
    {
      name: 'a long difference: a little of the start, then the difference, cut at its end',
      names: ['checkout-service-blue-7f9c-prod-eu', 'checkout-service-green-7f9c-prod-eu'],
      cells: 18,
      fitted: ['check…blue-7f9c-p…', 'check…green-7f9c-…'],
    },
    {
      name: 'a name another starts with is told apart by its end',
      names: ['ws-gateway', 'ws-gateway-canary'],
      cells: 12,
      fitted: ['ws-gateway', 'ws-gateway-…'],
    },
    {
      name: 'duplicates stay alike, keeping start and end',
      names: ['a-very-long-name-here', 'a-very-long-name-here'],
      cells: 10,
      fitted: ['a-very…ere', 'a-very…ere'],
    },
    {
      name: 'wide characters count two cells and are never split',
      names: ['東京-gateway-1', '東京-gateway-2'],
      cells: 10,
      fitted: ['東京-g…y-1', '東京-g…y-2'],
    },
    {
      name: 'too narrow to do better than a cut at the end',
      names: ['gateway-1', 'gateway-2'],
      cells: 4,
      fitted: ['gat…', 'gat…'],
    },
    {
      name: 'one name alone is cut at the end',
      names: ['nova-websocket ws-gateway-1'],
      cells: 18,
      fitted: ['nova-websocket ws…'],
    },
  ])('$name', ({names, cells, fitted}) => {
    const result = fitDistinct(names, cells);
    expect(result).toEqual(fitted);
    for (const text of result) expect(cellWidth(text)).toBeLessThanOrEqual(cells);
  });
});
