// Public API of @ce/cli for plugin authors: the base command every ce command extends, and the
// extension hook types.
export { BaseCommand, toCeError } from './base-command.js';
export { collectExtensions, type CeExtension, type CeExtensionKind } from './extensions.js';
export { defineTool, type CeTool, type ToolContext } from './mcp/tool.js';
