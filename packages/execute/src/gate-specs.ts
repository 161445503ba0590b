import type { PrpTask } from '@ce/core';
import type { ValidationPlan } from '@ce/validate';
import type { GateSpec } from './heal-gate.js';

/** The gates after one task: its own validation commands, then level 1 (with fixers), then level 2. */
export function taskGates(task: PrpTask, plan: ValidationPlan): GateSpec[] {
  const label = `task-${task.id}`;
  return [
    {
      gate: `${label}:validation`,
      level: 0,
      commands: task.validation.map((command, i) => ({ name: `task ${task.id} validation ${i + 1}`, command, cwd: '.' })),
      fixers: false,
    },
    { gate: `${label}:L1`, level: 1, commands: plan.levels['1'], fixers: true },
    { gate: `${label}:L2`, level: 2, commands: plan.levels['2'], fixers: false },
  ];
}

/** Level 3 once every task is done. */
export function finalGate(plan: ValidationPlan): GateSpec {
  return { gate: 'L3', level: 3, commands: plan.levels['3'], fixers: false };
}
