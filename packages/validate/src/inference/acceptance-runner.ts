/**
 * Cucumber runs a project's executable specifications, `features/*.feature` written in Gherkin, against
 * the running system: acceptance tests, a suite of its own beside the unit specs (vcr's CI runs
 * `cucumber features/` in a job of its own beside `rspec spec/`). Before, no rule knew the tool, so a CI
 * line running it was no gate at all. Wrappers that pass it on (`./script/fail_if_warnings cucumber
 * features/`, `bundle exec cucumber`) name it as a word of their own.
 */
const CUCUMBER = /(^|\s)(cucumber|cucumber-js)(\s|$)/;

export function isAcceptanceRunner(command: string): boolean {
  return CUCUMBER.test(command);
}
