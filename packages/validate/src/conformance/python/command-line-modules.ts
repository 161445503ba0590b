import type { PlainNode } from '@ce/parse';
import { field, named } from './syntax.js';
import type { PySource } from './source.js';

/** Decorators that register a command-line command or the callback run before it: click's and Typer's. */
const COMMAND_DECORATOR = /^(?:command|group|callback|result_callback)$/;
/** The libraries whose own decorators make commands: `@click.command()`, `@click.group()`. */
const COMMAND_LIBRARY = /^(?:click|typer)$/;

/** The object and member a decorator calls or names: `@app.command()` → app, command. */
function decoratorTarget(decorator: PlainNode): { object: string; member: string } | undefined {
  let e = named(decorator)[0];
  if (e?.type === 'call') e = field(e, 'function') ?? undefined;
  if (e?.type !== 'attribute') return undefined;
  const object = field(e, 'object');
  const member = field(e, 'attribute');
  return object?.type === 'identifier' && member ? { object: object.text, member: member.text } : undefined;
}

/** Every decorator of the module's top-level definitions, as object and member. */
function moduleDecorators(src: PySource): { object: string; member: string }[] {
  return named(src.root)
    .filter((st) => st.type === 'decorated_definition')
    .flatMap((st) => named(st).filter((d) => d.type === 'decorator'))
    .flatMap((d) => decoratorTarget(d) ?? []);
}

/**
 * Module-level objects the module registers its functions on by decorator (`app = typer.Typer()`
 * with `@app.command()`, `router = APIRouter()` with `@router.get("/")`). Every framework of the
 * kind documents its app as a module-level object; the module's functions that run or extend it
 * (`def main(): return app()`) use the module's registry, not a shared service.
 */
export function decoratorRegistries(src: PySource): Set<string> {
  return new Set(
    moduleDecorators(src)
      .map((d) => d.object)
      .filter((name) => src.moduleBindings.has(name)),
  );
}

/**
 * Whether the module defines a command-line app: it registers commands by decorator on click or
 * Typer, or on a module-level app (`@app.command()`, `@app.callback()`, `@cli.group()`). The
 * framework calls each command with its own parsed parameters only, so what the callback parses
 * for the commands is kept at module level: Typer's tutorial ("Typer Callback") keeps `state =
 * {"verbose": False}` and says "we modify a global state, and we use it in the other commands".
 * The process runs one command and exits, so that state lives for one invocation, unlike a
 * server's module state shared between requests.
 */
export function isCommandLineModule(src: PySource): boolean {
  const registries = decoratorRegistries(src);
  return moduleDecorators(src).some(
    (d) => COMMAND_DECORATOR.test(d.member) && (COMMAND_LIBRARY.test(d.object) || registries.has(d.object)),
  );
}
