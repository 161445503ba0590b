import type { FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/** TypeScript's decorator types (`PropertyDecorator`, `ClassDecorator`…) and a project's own (`MethodAndPropDecorator`). */
const DECORATOR_TYPE = /^\w*Decorator$/;

/**
 * A decorator factory: a function declared to return a decorator (`function IsEmail(options?):
 * PropertyDecorator`), used as `@IsEmail()`. TypeScript names these as classes, in PascalCase, so
 * a house of them sets the class convention, not the one of its functions and methods, which stay
 * camelCase beside them (`registerDecorator`, `getMetadataStorage`).
 */
export function isDecoratorFactory(src: TsSource, fn: FunctionLike): boolean {
  const { T, sf } = src;
  const type = fn.type;
  if (!type) return false;
  const members = T.isUnionTypeNode(type) ? type.types : [type];
  return members.every((t) => T.isTypeReferenceNode(t) && DECORATOR_TYPE.test(t.typeName.getText(sf)));
}
