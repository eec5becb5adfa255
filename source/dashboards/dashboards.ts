// The built-in dashboards in tab order: the number keys follow this order, and the alerts
// screen's number is the one after the last.
import type {DashboardSpec} from './spec.js';
import {errorAnalysis} from './error-analysis.js';
import {messagingPerformance} from './messaging-performance.js';
import {systemOverview} from './system-overview.js';
import {websocketHealth} from './websocket-health.js';

export const builtinDashboards: readonly DashboardSpec[] = [
  systemOverview,
  websocketHealth,
  messagingPerformance,
  errorAnalysis,
];
