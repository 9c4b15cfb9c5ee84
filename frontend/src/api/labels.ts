import { ENUM_LABELS } from './enums'

/** An enumeration, named by the API field that carries its values (`habitat`, `role`, …). */
export type EnumKind = keyof typeof ENUM_LABELS

/** A value of that enumeration, as the API writes it (`SAVANNA`, `viewer`). */
export type EnumValue<K extends EnumKind> = keyof (typeof ENUM_LABELS)[K] & string

/**
 * The word shown for an enumeration's value ("Least concern" for `LC`): the one mapping, generated
 * with the Java enums into enums.ts, that every page and form uses. A value this UI does not know
 * (a newer server) shows as it came.
 */
export function label(kind: EnumKind, value: string): string {
  const labels: Partial<Record<string, string>> = ENUM_LABELS[kind]
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value
}

/** The enumeration's values, in the enum's order, as choices of a select (value → label). */
export function choices(kind: EnumKind): { value: string; label: string }[] {
  return Object.entries(ENUM_LABELS[kind]).map(([value, text]) => ({ value, label: text as string }))
}
