import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 27 (held-out-27, Python) and by probes of same-house pairs of
// its repositories: each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

async function categoryScore(examples: Record<string, string>, implPath: string, impl: string, category: string): Promise<number> {
  const root = repo({ ...examples, [implPath]: impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: [implPath] });
  return report.categoryBreakdown[category] ?? 0;
}

/** A route module of a house that raises an HTTP exception for every failed request. */
const raisingRoutes = (name: string) => `from fastapi import APIRouter, HTTPException

from .service import get, delete

router = APIRouter()


@router.get("/${name}s/{item_id}")
def get_${name}(db_session, item_id: int):
    item = get(db_session=db_session, item_id=item_id)
    if not item:
        raise HTTPException(status_code=404, detail="${name} not found")
    return item


@router.delete("/${name}s/{item_id}")
def delete_${name}(db_session, item_id: int):
    item = get(db_session=db_session, item_id=item_id)
    if not item:
        raise HTTPException(status_code=404, detail="${name} not found")
    delete(db_session=db_session, item_id=item_id)
`;

/** A route module of a house that answers a failed request with an error response it returns. */
const respondingRoutes = (name: string) => `from flask import request

from app.api import bp
from app.api.errors import bad_request


@bp.route("/${name}s", methods=["POST"])
def create_${name}():
    data = request.get_json()
    if "name" not in data:
        return bad_request("must include a name")
    if find_${name}(data["name"]):
        return {"error": "Conflict", "message": "name taken"}, 409
    return save_${name}(data), 201


@bp.route("/${name}s/<int:id>", methods=["PUT"])
def update_${name}(id):
    data = request.get_json()
    if "name" in data and find_${name}(data["name"]):
        return bad_request("please use a different name")
    return save_${name}(data)
`;

describe('round 27 (held-out-27): classes of mistake on real Python code', () => {
  it('reads a view returning an error response as foreign to a house whose views raise HTTP exceptions', async () => {
    const examples = { 'api/tags.py': raisingRoutes('tag'), 'api/teams.py': raisingRoutes('team') };
    expect(await categoryScore(examples, 'api/impl.py', respondingRoutes('user'), 'error-handling')).toBeGreaterThan(30);
    // The house's own raising routes stay in style.
    expect(await categoryScore(examples, 'api/impl.py', raisingRoutes('project'), 'error-handling')).toBe(0);
  });

  it("does not read a raising house's exception handler, which returns the error response, as returning errors", async () => {
    const handlers = `from fastapi.responses import JSONResponse


async def http_error_handler(request, exc):
    return JSONResponse({"errors": [exc.detail]}, status_code=404)


async def validation_error_handler(request, exc):
    return JSONResponse({"errors": exc.errors()}, status_code=422)
`;
    const examples = { 'api/tags.py': raisingRoutes('tag'), 'api/teams.py': raisingRoutes('team') };
    expect(await categoryScore(examples, 'api/errors.py', handlers, 'error-handling')).toBe(0);
  });

  it('reads an except clause answering a predicate (EAFP) as no error convention', async () => {
    const raisingService = (name: string) => `from .errors import EntityDoesNotExist


async def get_${name}(repo, name):
    row = await repo.fetch(name)
    if row is None:
        raise EntityDoesNotExist(f"${name} {name} does not exist")
    return row


async def rename_${name}(repo, name, new_name):
    row = await get_${name}(repo, name)
    if not new_name:
        raise ValueError("a name is required")
    await repo.update(row, new_name)
`;
    const predicates = `from .errors import EntityDoesNotExist


async def check_username_is_taken(repo, username):
    try:
        await repo.get_user_by_username(username=username)
    except EntityDoesNotExist:
        return False
    return True


async def check_email_is_taken(repo, email) -> bool:
    try:
        await repo.get_user_by_email(email=email)
    except EntityDoesNotExist:
        return False
    return True
`;
    const examples = { 'services/users.py': raisingService('user'), 'services/articles.py': raisingService('article') };
    expect(await categoryScore(examples, 'services/auth.py', predicates, 'error-handling')).toBe(0);
    // Defaults handed back for a failure, twice, are still the module's own convention of swallowing failures.
    const fallbacks = predicates.replaceAll('return False', 'return username').replaceAll('return True', 'return None');
    expect(await categoryScore(examples, 'services/auth.py', fallbacks, 'error-handling')).toBeGreaterThan(30);
  });

  it('reads one except clause returning a default as fitting a house that returns None for "not found"', async () => {
    const nullService = (name: string) => `def find_${name}(index, key):
    if key not in index:
        return None
    entry = index[key]
    if entry.hidden:
        return None
    return entry


def first_${name}(items):
    if not items:
        return None
    return items[0]
`;
    const impl = `def find_option(index, key):
    if key not in index:
        return None
    return index[key]


def option_metadata(fn, default):
    try:
        return getattr(fn, "__options__", default)
    except Exception:
        return default
`;
    const examples = { 'lookup/names.py': nullService('name'), 'lookup/paths.py': nullService('path') };
    expect(await categoryScore(examples, 'lookup/options.py', impl, 'error-handling')).toBe(0);
  });

  it('reads a literal bound to a lower-case module name as a variable, so an UPPER_SNAKE constant stays in style', async () => {
    const module = (name: string) => `usage_text = """usage: ${name} [options]"""


def run_${name}(argv):
    parsed_args = parse(argv, usage_text)
    return execute(parsed_args)
`;
    const impl = `VALUE_TYPES = (bool, str, bytes, int, float)


def is_value(component):
    return isinstance(component, VALUE_TYPES)


def is_group(component):
    return not is_value(component)
`;
    const examples = { 'cli/main.py': module('main'), 'cli/serve.py': module('serve') };
    expect(await categoryScore(examples, 'cli/value_types.py', impl, 'naming')).toBe(0);
    // camelCase module constants are still foreign to a snake_case house.
    const camel = impl.replace(/VALUE_TYPES/g, 'valueTypes');
    expect(await categoryScore(examples, 'cli/value_types.py', camel, 'naming')).toBeGreaterThan(0);
  });

  it('reads a return None that ends a procedure early or passes a None argument through as no null-return convention', async () => {
    const raisingConverters = (name: string) => `def to_db_${name}(field, value):
    field.validate(value)
    if not isinstance(value, ${name}):
        raise TypeError(f"{value!r} is not a ${name}")
    return value


def from_db_${name}(field, value):
    if value == "":
        raise ValueError("empty column")
    return ${name}(value)
`;
    const impl = `def to_db_bool(field, value):
    field.validate(value)
    if value is None:
        return None
    return int(bool(value))


def to_db_decimal(field, value):
    field.validate(value)
    if value is None:
        return None
    return str(value)


def collect_stats(panel, response):
    if not hasattr(panel, "profiler"):
        return None
    panel.profiler.create_stats()
    panel.record_stats({"func_list": panel.profiler.stats})
`;
    const examples = { 'fields/text.py': raisingConverters('str'), 'fields/number.py': raisingConverters('int') };
    expect(await categoryScore(examples, 'fields/impl.py', impl, 'error-handling')).toBe(0);
    // A lookup answering "not found" with None is still the null-return convention, foreign to the house.
    const lookups = `def find_field(registry, name):
    field = registry.get(name)
    if field is None:
        return None
    return field


def find_column(table, name):
    column = table.columns.get(name)
    if column is None:
        return None
    return column
`;
    expect(await categoryScore(examples, 'fields/impl.py', lookups, 'error-handling')).toBeGreaterThan(30);
  });

  it('reads a name whose naming warning the author silenced (# noqa: N801) as no naming evidence', async () => {
    const module = (name: string) => `class ${name}Prompt:
    def ask_question(self, question_text):
        answer_text = read_answer(question_text)
        return answer_text


def render_${name.toLowerCase()}(context_data):
    rendered_text = template_for(context_data).render()
    return rendered_text
`;
    const impl = `class _patch_import_path:  # noqa: N801
    def __init__(self, repo_dir):
        self._repo_dir = repo_dir

    def __enter__(self):
        insert_path(self._repo_dir)

    def __exit__(self, exc_type, exc_value, traceback):
        remove_path(self._repo_dir)


def generate_project(template_dir, output_dir):
    with _patch_import_path(template_dir):
        project_context = load_context(template_dir)
        return render_files(project_context, output_dir)
`;
    const examples = { 'gen/prompt.py': module('Choice'), 'gen/replay.py': module('Replay') };
    expect(await categoryScore(examples, 'gen/main.py', impl, 'naming')).toBe(0);
    // Without the author's word the lower-case class name is foreign to the house's PascalCase classes.
    expect(await categoryScore(examples, 'gen/main.py', impl.replace('  # noqa: N801', ''), 'naming')).toBeGreaterThan(0);
  });

  it('reads an except clause calling a module function named like a handler as no callback error', async () => {
    const raisingAddon = (name: string) => `from . import exceptions


class ${name}:
    def configure(self, updated):
        if "${name.toLowerCase()}_file" in updated:
            try:
                self.load_file(updated["${name.toLowerCase()}_file"])
            except OSError as e:
                raise exceptions.OptionsError(str(e)) from e

    def load_file(self, path):
        if not path:
            raise exceptions.OptionsError("no file given")
        self.flows = read_flows(path)
`;
    const impl = `def script_error_handler(path, exc):
    log_error(f"in script {path}: {exc}")


def load_script(path):
    try:
        return import_file(path)
    except ImportError as e:
        script_error_handler(path, e)
    except SyntaxError as e:
        script_error_handler(path, e)


class Script:
    def running(self):
        try:
            self.ns = load_script(self.path)
        except OSError as e:
            script_error_handler(self.path, e)
`;
    const examples = { 'addons/replay.py': raisingAddon('Replay'), 'addons/save.py': raisingAddon('Save') };
    expect(await categoryScore(examples, 'addons/script.py', impl, 'error-handling')).toBe(0);
  });

  it('reads one return None guard in a module as fitting a house that raises', async () => {
    const raisingModule = (name: string) => `def parse_${name}(text):
    if not text:
        raise ValueError("empty ${name}")
    return text.split()


def check_${name}(parsed):
    if len(parsed) > 3:
        raise TypeError("too many parts")
    return parsed
`;
    const impl = `def description_section(info):
    text = info.description or info.summary
    if text:
        return ("DESCRIPTION", text)
    else:
        return None


def usage_section(info):
    if not info.usage:
        raise ValueError("no usage")
    return ("USAGE", info.usage)
`;
    const examples = { 'help/args.py': raisingModule('args'), 'help/flags.py': raisingModule('flags') };
    expect(await categoryScore(examples, 'help/text.py', impl, 'error-handling')).toBe(0);
    // Answering with None twice is the module's convention, foreign to the house.
    const twice = impl.replace('raise ValueError("no usage")', 'return None');
    expect(await categoryScore(examples, 'help/text.py', twice, 'error-handling')).toBeGreaterThan(10);
  });

  it('reads a module-level type alias (Coro = Coroutine[Any, Any, T]) as a type name, not a PascalCase variable', async () => {
    const module = (name: string) => `class ${name}Cog:
    def add_listener(self, listener_func, event_name):
        listener_list = self.listeners.setdefault(event_name, [])
        listener_list.append(listener_func)


def get_${name.toLowerCase()}(bot_instance, cog_name):
    found_cog = bot_instance.cogs.get(cog_name)
    return found_cog
`;
    const impl = `from typing import Any, Awaitable, Callable, Coroutine, TypeVar, Union

T = TypeVar("T")

Coro = Coroutine[Any, Any, T]
CoroFunc = Callable[..., Coro[Any]]
MaybeCoro = Union[T, Coro[T]]
MaybeAwaitable = Union[T, Awaitable[T]]


def maybe_coroutine(callback_func, *call_args):
    call_result = callback_func(*call_args)
    return call_result
`;
    const examples = { 'ext/bot.py': module('Bot'), 'ext/cog.py': module('Music') };
    expect(await categoryScore(examples, 'ext/_types.py', impl, 'naming')).toBe(0);
  });

  it("reads Flask's abort(404) as raising, so a view returning (body, 404) is foreign to a house that aborts", async () => {
    const abortingViews = (name: string) => `from flask import abort, jsonify

from app import bp


@bp.route("/${name}s/<int:id>")
def get_${name}(id):
    item = find_${name}(id)
    if item is None:
        abort(404)
    return jsonify(item.to_dict())


@bp.route("/${name}s/<int:id>", methods=["DELETE"])
def delete_${name}(id):
    item = find_${name}(id)
    if item is None:
        abort(404, description="no such ${name}")
    if not item.deletable:
        abort(403)
    remove_${name}(item)
    return "", 204
`;
    const examples = { 'views/posts.py': abortingViews('post'), 'views/tags.py': abortingViews('tag') };
    const returning = abortingViews('user')
      .replace('        abort(404)\n', '        return {"error": "not found"}, 404\n')
      .replace('        abort(404, description="no such user")\n', '        return {"error": "no such user"}, 404\n')
      .replace('        abort(403)\n', '        return {"error": "forbidden"}, 403\n');
    expect(returning).not.toContain('abort(');
    expect(await categoryScore(examples, 'views/users.py', returning, 'error-handling')).toBeGreaterThan(30);
    expect(await categoryScore(examples, 'views/users.py', abortingViews('user'), 'error-handling')).toBe(0);
  });
});
