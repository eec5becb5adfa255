// The built-in dashboards in tab order (keys 1-4 follow this order; 5 is the alerts screen).
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
