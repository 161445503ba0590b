import type { NodeContext, NodeStrategy } from './node-strategy.js';

/**
 * Puts a strategy behind an input mapping (and optionally an output mapping), keeping its name and
 * whether it is mocked: how a node fed by one step's output calls a tool with its own request shape.
 */
export function adapt<Input, Inner, InnerOut, Output = InnerOut>(
  inner: NodeStrategy<Inner, InnerOut>,
  toRequest: (input: Input) => Inner,
  fromResponse?: (output: InnerOut, input: Input) => Output,
): NodeStrategy<Input, Output> {
  return {
    name: inner.name,
    isMocked: () => inner.isMocked(),
    async execute(input: Input, context?: NodeContext): Promise<Output> {
      const output = await inner.execute(toRequest(input), context);
      return fromResponse ? fromResponse(output, input) : (output as unknown as Output);
    },
  };
}
