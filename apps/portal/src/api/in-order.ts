/**
 * A list of the API's codes in the order a page shows them. The compiler checks that it holds every
 * code of `Code`: a code the API adds is an error here until a page places it, so the order is the
 * page's own but the codes are still the API's one list.
 */
export const inOrder =
  <Code extends string>() =>
  <const List extends readonly Code[]>(
    list: List & ([Exclude<Code, List[number]>] extends [never] ? unknown : { missing: Exclude<Code, List[number]> }),
  ): readonly Code[] =>
    list;
