import type { SeveritySetting } from './types.ts';

/**
 * Severity of each rule's findings. Severity comes from here (or the caller's overrides),
 * never from the rule itself.
 */
export const DEFAULT_SEVERITY: Readonly<Record<string, SeveritySetting>> = {
  'achievement-meaning': 'info',
  'challenge-obstacle': 'info',
  'company-specific': 'warning',
  'consistent-figures': 'warning',
  'decision-tradeoff': 'warning',
  'ends-with-question': 'info',
  'english-only': 'error',
  'five-years-commitment': 'warning',
  'has-action': 'error',
  'has-context': 'warning',
  'has-learning': 'warning',
  'has-result': 'error',
  'leadership-people': 'warning',
  'no-blame': 'error',
  'no-filler': 'info',
  'no-generic-answer': 'warning',
  'no-generic-claims': 'warning',
  'no-hedging': 'info',
  'no-reused-answer': 'warning',
  'result-quantified': 'warning',
  'speaking-time': 'info',
  'strength-evidence': 'warning',
  'weakness-compensation': 'error',
  'weakness-genuine': 'error',
  'weakness-improvement': 'warning',
  'why-left-forward': 'warning',
};
