import type * as Jsonc from 'jsonc-parser';
import { lazyDependency } from '../lazy-dependency.js';

const jsonc = lazyDependency<typeof Jsonc>('jsonc-parser');

/**
 * Sets `container.name` in a JSON (with comments) document by splicing text at the offsets of
 * jsonc-parser's syntax tree: only the inserted or replaced member changes, every other byte
 * (neighbouring entries, comments, indentation, line endings) stays. jsonc-parser's own `modify`
 * is not used because, with formatting, it reformats the neighbouring member too.
 * The document must already have parsed as an object.
 */
export function setJsonMember(text: string, container: string, name: string, value: unknown): string {
  const root = jsonc().parseTree(text, [], { allowTrailingComma: true })!;
  const style = { unit: indentUnit(text), eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const existing = jsonc().findNodeAtLocation(root, [container, name]);
  if (existing?.parent) {
    const indent = lineIndent(text, existing.parent.offset);
    return splice(text, existing.offset, existing.length, render(value, style, indent));
  }
  const object = jsonc().findNodeAtLocation(root, [container]);
  return object ? insertMember(text, object, name, value, style) : insertMember(text, root, container, { [name]: value }, style);
}

interface Style {
  unit: string;
  eol: string;
}

function insertMember(text: string, object: Jsonc.Node, name: string, value: unknown, style: Style): string {
  const last = object.children?.at(-1);
  if (last) {
    const indent = lineIndent(text, last.offset);
    const end = last.offset + last.length;
    // A trailing comma the file already has is reused rather than doubled.
    const trailingComma = /^[ \t]*,/.exec(text.slice(end))?.[0];
    const at = trailingComma ? end + trailingComma.length : end;
    return splice(text, at, 0, `${trailingComma ? '' : ','}${style.eol}${indent}${member(name, value, style, indent)}`);
  }
  const outer = lineIndent(text, object.offset);
  const indent = outer + style.unit;
  const inside = text.slice(object.offset + 1, object.offset + object.length - 1);
  const entry = `${style.eol}${indent}${member(name, value, style, indent)}`;
  // An empty object is rewritten whole; one holding only comments keeps them after the new member.
  return inside.trim() === ''
    ? splice(text, object.offset + 1, inside.length, `${entry}${style.eol}${outer}`)
    : splice(text, object.offset + 1, 0, entry);
}

function member(name: string, value: unknown, style: Style, indent: string): string {
  return `${JSON.stringify(name)}: ${render(value, style, indent)}`;
}

function render(value: unknown, { unit, eol }: Style, indent: string): string {
  return JSON.stringify(value, null, unit)
    .split('\n')
    .join(eol + indent);
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** The spaces or tabs that start the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** The unit of indentation the file already uses (its first indented line), else two spaces. */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
