/// <reference lib="webworker" />
/**
 * A worker's Content Security Policy refusals, said on its console. Chromium reports a
 * refusal inside a worker only to the worker's own `securitypolicyviolation` event, not to
 * the console, so without this a refused `eval` in a worker would pass unseen; the browser
 * tests fail on any such line (tests/e2e/fixtures.ts), and a support session can read it.
 */
export function reportPolicyViolations(scope: WorkerGlobalScope): void {
  scope.addEventListener('securitypolicyviolation', (raw) => {
    const event = raw as SecurityPolicyViolationEvent;
    console.error(`Content Security Policy refused ${event.blockedURI || 'code'} (${event.violatedDirective}) in ${scope.location.pathname}`);
  });
}
