export { allowPrp, type AllowPrpOptions, type AllowPrpResult } from './allow-prp.js';
export { unallowedCommands, isPrpAllowed, type UnallowedOptions } from './unallowed-commands.js';
export { NotAllowedError } from './not-allowed-error.js';
export { prpCommandList, commandListHash } from './prp-commands.js';
export { reviewPlan, type ReviewedPlan, type ReviewedCommand, type ReviewPlanOptions } from './review-plan.js';
