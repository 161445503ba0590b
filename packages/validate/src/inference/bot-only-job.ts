/**
 * A job whose `if:` admits only a bot account (`if: github.actor == 'dependabot[bot]'`,
 * `contains('["renovate[bot]"]', github.actor) == true`, `github.event.pull_request.user.login ==
 * 'renovate[bot]'`) is dependency-update upkeep: it merges the bot's pull request, or regenerates
 * snapshots and formatting for it (`pnpm update-e2e-snapshots-ci`). A contributor's change never runs
 * it, so what it runs gates nothing. GitHub App accounts are the names ending in `[bot]`.
 */

/** Where GitHub names who caused the run. */
const ACTOR = String.raw`github\.(?:actor|triggering_actor|event\.pull_request\.user\.login|event\.sender\.login)`;
/** A quoted bot account (`'dependabot[bot]'`). */
const BOT = String.raw`['"][\w.-]+\[bot\]['"]`;
/** A quoted list of bot accounts (`'["renovate[bot]", "dependabot[bot]"]'`), as `contains` reads it. */
const BOT_LIST = String.raw`['"]\[\s*(?:"[\w.-]+\[bot\]"\s*,?\s*)+\]['"]`;
/** One test that the actor is a bot, optionally compared with `true`. */
const BOT_TERM = new RegExp(
  String.raw`(?:${ACTOR}\s*==\s*${BOT}|${BOT}\s*==\s*${ACTOR}|contains\(\s*(?:fromJSON\(\s*)?${BOT_LIST}\s*\)?\s*,\s*${ACTOR}\s*\)|endsWith\(\s*${ACTOR}\s*,\s*'\[bot\]'\s*\))(?:\s*==\s*true)?`,
  'g',
);

/**
 * True when the job's condition requires a bot actor: some conjunct tests for one and nothing offers
 * another way in (`||` beyond alternatives between bots, as auth0's `github.actor == 'dependabot[bot]' ||
 * github.event_name == 'merge_group'`), nor negates it (`!(github.actor == 'x[bot]' && …)`).
 */
export function jobRunsOnlyForBots(job: Record<string, unknown>): boolean {
  const condition = job['if'];
  if (typeof condition !== 'string') return false;
  let rest = condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').replace(BOT_TERM, 'BOT');
  if (!rest.includes('BOT') || /!(?!=)/.test(rest)) return false;
  // `a == 'dependabot[bot]' || a == 'renovate[bot]'`: one bot or another is still a bot.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/BOT\s*\|\|\s*BOT/g, 'BOT').replace(/\(\s*BOT\s*\)/g, 'BOT');
  }
  return !rest.includes('||');
}
