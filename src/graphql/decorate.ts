import "reflect-metadata";

/** A parameter decorator, as type-graphql's Arg() and Ctx() return. */
export type ParamDecorator = (target: object, key: string | symbol, index: number) => void;

/**
 * Defines `name` on `prototype` and decorates it as TypeScript's compiler does for a decorated
 * method: its parameters' decorators (last first), then its own (bottom up). Resolver factories use
 * it to give a method the name of the field it resolves (createAgreement), so several factories can
 * build one resolver class.
 */
export function decorateMethod(prototype: object, name: string, method: (...args: never[]) => unknown, decorators: MethodDecorator[], params: ParamDecorator[]): void {
  Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  const asMethod = params.map((p, i): MethodDecorator => (target, key) => p(target, key, i));
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  const decorated = Reflect.decorate([...decorators, ...asMethod], prototype, name, descriptor) as PropertyDescriptor | undefined;
  if (decorated) Object.defineProperty(prototype, name, decorated);
}
