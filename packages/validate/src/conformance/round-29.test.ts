import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 29 (held-out-29, Python): each test is one class, written with
// code of its own, not a copy of a bench case.

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

/** Flask-RESTful-style resources: synchronous verb methods over helpers that hide their I/O. */
const syncResources = (name: string) => `from flask import request

from app.handlers.base import BaseResource, get_object_or_404
from app import models


class ${name}Resource(BaseResource):
    def get(self, item_id):
        item = get_object_or_404(models.${name}.get_by_id, item_id)
        return item.to_dict()

    def post(self, item_id):
        item = get_object_or_404(models.${name}.get_by_id, item_id)
        item.update(request.get_json())
        return item.to_dict()

    def delete(self, item_id):
        item = get_object_or_404(models.${name}.get_by_id, item_id)
        models.remove(item)


class ${name}ListResource(BaseResource):
    def get(self):
        return [item.to_dict() for item in models.${name}.all()]
`;

/** ASGI view classes: coroutine verb methods awaiting the app's database. */
const asyncViews = (name: string) => `from app.utils.asgi import Response

from .base import BaseView


class ${name}View(BaseView):
    async def get(self, request):
        db = await self.app.database(request.url_vars["db"])
        rows = await db.execute("select * from ${name.toLowerCase()}")
        return Response.json([dict(row) for row in rows])

    async def post(self, request):
        data = await request.post_vars()
        db = await self.app.database(request.url_vars["db"])
        await db.execute_write("insert into ${name.toLowerCase()} values (?)", [data["value"]])
        return Response.redirect("/")
`;

describe('round 29 (held-out-29, Python): classes of mistake on real code', () => {
  it('reads the verb methods of class-based views as handlers, so an async view is foreign to a house of synchronous resources', async () => {
    const examples = { 'handlers/alerts.py': syncResources('Alert'), 'handlers/widgets.py': syncResources('Widget') };
    expect(await categoryScore(examples, 'handlers/impl.py', asyncViews('Snippet'), 'async-style')).toBeGreaterThan(30);
    // The house's own synchronous resources stay in style.
    expect(await categoryScore(examples, 'handlers/impl.py', syncResources('Snippet'), 'async-style')).toBe(0);
  });

  it('reads synchronous view methods as foreign to a house of async view classes', async () => {
    const examples = { 'views/tables.py': asyncViews('Table'), 'views/rows.py': asyncViews('Row') };
    expect(await categoryScore(examples, 'views/impl.py', syncResources('Snippet'), 'async-style')).toBeGreaterThan(30);
    expect(await categoryScore(examples, 'views/impl.py', asyncViews('Query'), 'async-style')).toBe(0);
  });

  it("reads Twisted's inlineCallbacks generators as coroutines, so a blocking notifier is foreign to their house", async () => {
    const twistedReporter = (name: string) => `from twisted.internet import defer

from app.reporters.base import ReporterBase
from app.util import httpclientservice


class ${name}Push(ReporterBase):
    @defer.inlineCallbacks
    def reconfig_service(self, endpoint, token):
        yield super().reconfig_service()
        self._http = yield httpclientservice.HTTPSession(self.master.httpservice, endpoint)
        self.token = token

    @defer.inlineCallbacks
    def send_message(self, reports):
        build = reports[0]["builds"][0]
        response = yield self._http.post("/api/v1/notify", json={"build": build["buildid"]})
        if response.code != 200:
            content = yield response.content()
            self.log(content)
`;
    const blockingNotifier = `import requests

from app.destinations import BaseDestination


class Webhook(BaseDestination):
    def notify(self, alert, options):
        try:
            resp = requests.post(options.get("url"), json={"alert": alert.id}, timeout=5.0)
            if resp.status_code != 200:
                self.log("webhook send failed: %s" % resp.status_code)
        except Exception:
            self.log("webhook send failed")
`;
    const examples = { 'reporters/zulip.py': twistedReporter('Zulip'), 'reporters/pushover.py': twistedReporter('Pushover') };
    expect(await categoryScore(examples, 'reporters/impl.py', blockingNotifier, 'async-style')).toBeGreaterThan(30);
    expect(await categoryScore(examples, 'reporters/impl.py', twistedReporter('Pushjet'), 'async-style')).toBe(0);
  });

  it('reads a returned constant that only starts with E (a build result, EXCEPTION) as no errno code', async () => {
    const raisingStep = (name: string) => `from app.process import buildstep


class ${name}(buildstep.ShellMixin, buildstep.BuildStep):
    def __init__(self, target=None, **kwargs):
        if target is None:
            raise ValueError("${name} needs a target")
        self.target = target
        super().__init__(**kwargs)

    def describe(self, done=False):
        if not self.target:
            raise ValueError("no target to describe")
        return [self.name, self.target]
`;
    const resultStep = `from app.process import buildstep
from app.process.results import EXCEPTION, FAILURE, SUCCESS


class Robocopy(buildstep.ShellMixin, buildstep.BuildStep):
    def evaluate(self, rc):
        if rc in (0, 1):
            return SUCCESS
        if rc & 8:
            return FAILURE
        return EXCEPTION

    def summarize(self, rc):
        if rc > 16:
            return EXCEPTION
        return self.evaluate(rc)
`;
    const examples = { 'steps/python.py': raisingStep('PyFlakes'), 'steps/cmake.py': raisingStep('CMake') };
    expect(await categoryScore(examples, 'steps/mswin.py', resultStep, 'error-handling')).toBe(0);
  });

  it("reads a module-level logger instance (Twisted's log = Logger()) as no shared module state", async () => {
    const reporter = (name: string, logger: string) => `from app.reporters.base import ReporterBase
${logger}


class ${name}Push(ReporterBase):
    def check_config(self, endpoint, token):
        if not isinstance(endpoint, str):
            raise ValueError("endpoint must be a string")
        self.endpoint = endpoint

    def send_message(self, reports):
        for report in reports:
            self.post(self.endpoint, report)
        log.info("sent {count} reports", count=len(reports))

    def post(self, endpoint, report):
        response = self.session.post(endpoint, json=report)
        if response.status_code != 200:
            log.error("push failed: {code}", code=response.status_code)
`;
    const stdlib = 'import logging\n\nlog = logging.getLogger(__name__)';
    const examples = { 'reporters/github.py': reporter('GitHub', stdlib), 'reporters/gitlab.py': reporter('GitLab', stdlib) };
    const twisted = 'from twisted.logger import Logger\n\nlog = Logger()';
    expect(await categoryScore(examples, 'reporters/zulip.py', reporter('Zulip', twisted), 'data-flow')).toBe(0);
  });

  it('reads a module-level lookup table named as one (types_map) as data every function may read', async () => {
    const runner = (name: string, head: string, typeOf: string) => `from app.query_runner import BaseQueryRunner, register
${head}

class ${name}(BaseQueryRunner):
    def run_query(self, query, user):
        cursor = self.connection().cursor()
        cursor.execute(query)
        columns = [{"name": c[0], "type": ${typeOf}} for c in cursor.description]
        rows = [dict(zip([c["name"] for c in columns], row)) for row in cursor]
        return {"columns": columns, "rows": rows}, None

    def get_schema(self):
        results, error = self.run_query("show tables", None)
        if error is not None:
            raise Exception("Failed getting schema.")
        return results["rows"]


register(${name})
`;
    const examples = {
      'query_runner/influx.py': runner('Influx', '', 'self.type_of(c[1])'),
      'query_runner/druid.py': runner('Druid', '', 'self.type_of(c[1])'),
    };
    const table = '\ntypes_map = {\n    "STRING": "string",\n    "INT": "integer",\n    "BOOLEAN": "boolean",\n}\n';
    expect(await categoryScore(examples, 'query_runner/impala.py', runner('Impala', table, 'types_map.get(c[1])'), 'data-flow')).toBe(0);
  });

  it('reads a returned dictionary holding an OAuth authorization code as no error code', async () => {
    const raisingBackend = (name: string) => `from app.exceptions import AuthFailed, AuthMissingParameter

from .oauth import BaseOAuth2


class ${name}OAuth2(BaseOAuth2):
    name = "${name.toLowerCase()}"

    def validate_state(self):
        state = self.data.get("state")
        if not state:
            raise AuthMissingParameter(self, "state")
        return state

    def auth_complete(self, *args, **kwargs):
        if "error" in self.data:
            raise AuthFailed(self, self.data["error"])
        return self.do_auth(self.data["access_token"])

    def user_data(self, access_token):
        data = self.get_json("/me", headers={"Authorization": access_token})
        if not data.get("verified"):
            raise AuthFailed(self, "account not verified")
        return data
`;
    const codeExchange = `from .oauth import BaseOAuth2


class NaverOAuth2(BaseOAuth2):
    name = "naver"

    def get_user_details(self, response):
        return {"username": response.get("name"), "email": response.get("email")}

    def auth_headers(self):
        client_id, client_secret = self.get_key_and_secret()
        return {
            "grant_type": "authorization_code",
            "code": self.data.get("code"),
            "client_id": client_id,
            "client_secret": client_secret,
        }
`;
    const examples = { 'backends/github.py': raisingBackend('GitHub'), 'backends/okta.py': raisingBackend('Okta') };
    expect(await categoryScore(examples, 'backends/naver.py', codeExchange, 'error-handling')).toBe(0);
  });
});
