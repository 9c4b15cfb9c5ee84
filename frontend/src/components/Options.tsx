/** One choice of a select: what it submits and what it shows. */
export interface Choice {
  value: string | number
  label: string
}

/**
 * The `<option>`s of a select, from a list of choices or of plain values (each shown as itself);
 * nothing while the list is not loaded yet.
 */
export function Options({ items }: { items: readonly (string | Choice)[] | undefined }) {
  return (
    <>
      {items?.map((item) => {
        const { value, label } = typeof item === 'string' ? { value: item, label: item } : item
        return (
          <option key={value} value={value}>
            {label}
          </option>
        )
      })}
    </>
  )
}
