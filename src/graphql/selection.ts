import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects `name` among its own fields, directly or through its
 * fragments (inline or named, whatever their type condition). `@skip` and `@include` are not
 * evaluated: a field that may be skipped counts as selected, which costs work, never an answer.
 * For a resolver that reads more in one statement when a field will be asked for (a search's
 * totalCount counted with its page).
 */
export function selectsField(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (visit(s.selectionSet)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (visit(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
