import { describe, expect, it } from 'vitest';
import { parse } from 'jsonc-parser';
import { setJsonMember } from './json-text-edit.js';

const entry = { command: 'ce', args: ['mcp'] };

describe('setJsonMember', () => {
  it('appends after the last member, keeping every other byte', () => {
    const text = '{\n    "servers": {\n        "a": {"command":"a"} // mine\n    }\n}\n';
    expect(setJsonMember(text, 'servers', 'ce', entry)).toBe(
      '{\n    "servers": {\n        "a": {"command":"a"},\n        "ce": {\n            "command": "ce",\n            "args": [\n                "mcp"\n            ]\n        } // mine\n    }\n}\n',
    );
  });

  it('reuses a trailing comma instead of doubling it', () => {
    const out = setJsonMember('{"mcpServers": {"a": 1,}}', 'mcpServers', 'ce', 1);
    expect(out).toBe('{"mcpServers": {"a": 1,\n"ce": 1}}');
    expect(parse(out, [], { allowTrailingComma: true })).toEqual({ mcpServers: { a: 1, ce: 1 } });
  });

  it('fills an empty container and creates a missing one, in the file’s line endings', () => {
    expect(setJsonMember('{\r\n  "mcpServers": {}\r\n}\r\n', 'mcpServers', 'ce', 1)).toBe(
      '{\r\n  "mcpServers": {\r\n    "ce": 1\r\n  }\r\n}\r\n',
    );
    expect(setJsonMember('{\n  "theme": "x"\n}\n', 'mcpServers', 'ce', 1)).toBe(
      '{\n  "theme": "x",\n  "mcpServers": {\n    "ce": 1\n  }\n}\n',
    );
    expect(setJsonMember('{}', 'mcpServers', 'ce', 1)).toBe('{\n  "mcpServers": {\n    "ce": 1\n  }\n}');
  });

  it('replaces only the value of an existing member', () => {
    const text = '{ "mcpServers": { "ce": { "command": "old" }, "b": 2 } }';
    expect(setJsonMember(text, 'mcpServers', 'ce', { command: 'ce' })).toBe('{ "mcpServers": { "ce": {\n  "command": "ce"\n}, "b": 2 } }');
  });
});
