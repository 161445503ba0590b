export { runGates, runPlannedCommand, type RunGatesOptions, type LevelResult, type CommandResult, type GateEvent } from './run-gates.js';
