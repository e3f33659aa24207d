/**
 * A path's audience as it reads after "for": the first letter lower-cased unless the first word
 * is an acronym or a name (`Change managers, …` → `change managers, …`; `IAM teams` stays).
 */
export function audiencePhrase(audience: string): string {
  const text = audience.trim();
  const first = text.split(/[\s,;]/, 1)[0] ?? '';
  // Two capitals in the first word (IAM, CAB, DevOps) mean an acronym or a name: keep it.
  if ((first.match(/\p{Lu}/gu) ?? []).length > 1) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
