// How a client of the platform uses the generated types. It compiles only while the document says what the
// services answer: a nullable field is `T | null` and must be checked before use; a named operation keeps its name.
import type { components, operations, paths } from "../generated/platform";

type Case = components["schemas"]["Case"];
type Blocker = components["schemas"]["Blocker"];
type Problem = components["schemas"]["Problem"];

/** The decision deadline is null until the case is accepted: the type forces the check. */
export function decisionDueLabel(c: Case): string {
  const due: string | null | undefined = c.decisionDue;
  return due == null ? "未受理" : due;
}

/** An open blocker has no resolution yet. */
export function isOpen(b: Blocker): boolean {
  return b.resolvedAt === null || b.resolvedAt === undefined;
}

/** Every error answer is a problem with a title. */
export function describe(p: Problem): string {
  return `${p.status ?? ""} ${p.title ?? ""}`.trim();
}

/** Operations are addressed by their stable names. */
export type SubmitCaseBody = NonNullable<operations["submitCase"]["requestBody"]>["content"]["application/json"];
export type ListParksQuery = operations["listParks"]["parameters"]["query"];
export type CasePath = keyof paths & "/api/common-handling/cases/{number}";

/** A 404 of getCase is declared as a problem. */
export type CaseNotFound = operations["getCase"]["responses"]["404"]["content"]["application/problem+json"];

// Type-level checks: each line fails to compile when the document stops saying it.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
export const decisionDueMayBeNull: Equals<Case["decisionDue"], string | null | undefined> = true;
export const resolvedAtMayBeNull: Equals<Blocker["resolvedAt"], string | null | undefined> = true;
export const caseNumberIsAlwaysThere: Equals<Case["number"], string> = true;
export const topicSideMayBeNull: Equals<components["schemas"]["TopicView"]["chongqing"],
  components["schemas"]["PolicyRef"] | null | undefined> = true;
