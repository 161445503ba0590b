/** Functions of the implementation per showing of an error style for it to be no more than an anecdote. */
const ANECDOTE_FUNCTIONS = 10;

/**
 * The implementation's side of the examples' anecdote rule: an error style it shows once among
 * ten functions or more (one `return null` in a tree transformer of a hundred visitors, a file
 * that neither throws nor returns errors anywhere else) is how one function ends, not the way the
 * file handles errors. Error handling only: module-level state is a pattern even in one function,
 * and one function written in another async style is the one place the file does I/O.
 */
export function isImplementationAnecdote(category: string, observations: number, implementationFunctions: number): boolean {
  return category === 'error-handling' && observations * ANECDOTE_FUNCTIONS <= implementationFunctions;
}
