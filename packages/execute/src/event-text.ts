import type { ExecuteEvent } from './types.js';

/** One line per execution event, the same on a terminal and in MCP progress notifications. */
export function describeExecuteEvent(event: ExecuteEvent): string {
  switch (event.type) {
    case 'task-start':
      return `Task ${event.task} (${event.index + 1}/${event.total}): ${event.title}`;
    case 'agent':
      return `agent ${event.purpose === 'implement' ? 'implementing' : 'fixing'} ${event.task}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`;
    case 'gate':
      return `${event.gate} attempt ${event.attempt}: ${event.passed ? 'passed' : 'failed'}`;
    case 'fixers':
      return `${event.gate}: fixed by ${event.fixed.join('; ')}`;
    case 'checkpoint':
      return `checkpoint ${event.tag}`;
    case 'escalated':
      return `escalated: ${event.trigger}`;
  }
}
