/** Applies several property decorators as one (class-validator keeps each rule's metadata). */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
