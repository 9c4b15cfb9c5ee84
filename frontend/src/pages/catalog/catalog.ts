import type { ListParams } from '../../api/zoo'
import type { Page } from '../../api/model'

export type FormValues = Record<string, string | string[]>

export interface Option {
  value: string
  label: string
}

export interface FieldSpec {
  name: string
  label: string
  type: 'text' | 'email' | 'password' | 'number' | 'date' | 'select' | 'multiselect'
  /** Fixed choices (an enumeration's: `choices('habitat')`), or choices loaded from the API (e.g. enclosures). */
  options?: readonly Option[] | (() => Promise<Option[]>)
  required?: boolean
  min?: number
  max?: number
  maxLength?: number
  minLength?: number
  /** The whole value must match; `patternMessage` says how. */
  pattern?: RegExp
  patternMessage?: string
  step?: string
  hint?: string
  /** A select whose value is a record's id: sent as a number, or null when none is chosen. */
  id?: boolean
}

export interface Column<T> {
  label: string
  render: (item: T) => React.ReactNode
  /**
   * The column's share of the table's width, as a percentage (`'24%'`). A catalog's columns and its
   * Edit/Delete column (`ACTIONS_WIDTH`) add up to 100 %: the table is laid out before its rows
   * arrive and keeps its columns when they do.
   */
  width: string
}

/** The width of the Edit/Delete column, shown to whoever may edit the catalog. */
export const ACTIONS_WIDTH = '20%'

/** What CatalogPage needs to list, create, edit and delete one kind of record. */
export interface Catalog<T extends { id: number; version: number }> {
  path: string
  title: string
  singular: string
  defaultSort: string
  columns: Column<T>[]
  fields: FieldSpec[]
  api: {
    list: (params: ListParams) => Promise<Page<T>>
    get: (id: number) => Promise<T>
    create: (input: never) => Promise<T>
    update: (id: number, input: never) => Promise<T>
    remove: (id: number) => Promise<void>
  }
  label: (item: T) => string
}

/**
 * A record's values as the form holds them, field by field: text (a multiselect's ids as texts); a
 * password starts empty (the API never answers one).
 */
export function toValues(fields: FieldSpec[], item: object): FormValues {
  const record = item as Record<string, unknown>
  return Object.fromEntries(
    fields.map(({ name, type }): [string, string | string[]] => {
      const value = record[name]
      if (type === 'password') return [name, '']
      if (type === 'multiselect') return [name, ((value as unknown[] | undefined) ?? []).map(String)]
      return [name, value == null ? '' : String(value)]
    }),
  )
}

/**
 * The API's input for the form's values, field by field: text without surrounding blanks, a number
 * for a number field, numbers (ids) for a multiselect; a password as typed, and only when given.
 */
export function toInput(fields: FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const { name, type, id } of fields) {
    const value = values[name]
    if (id) {
      const text = String(value ?? '').trim()
      input[name] = text ? Number(text) : null
    } else if (type === 'multiselect') {
      input[name] = ((value as string[] | undefined) ?? []).map(Number)
    } else if (type === 'password') {
      if (value) input[name] = String(value)
    } else {
      const text = String(value ?? '').trim()
      input[name] = type === 'number' ? Number(text) : text
    }
  }
  return input
}

/**
 * The client-side checks every field spec implies: the same limits the server enforces. `today` is
 * the zoo's date (see api/calendar); null leaves "not in the future" to the server.
 */
export function validate(fields: FieldSpec[], values: FormValues, today: string | null): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const value = values[field.name]
    if (Array.isArray(value)) continue
    // Passwords are taken as typed; everything else without surrounding blanks.
    const text = field.type === 'password' ? (value ?? '') : (value ?? '').trim()
    if (!text) {
      if (field.required) errors[field.name] = 'is required'
      continue
    }
    if (field.maxLength !== undefined && text.length > field.maxLength) {
      errors[field.name] = `must be at most ${field.maxLength} characters`
    } else if (field.minLength !== undefined && text.length < field.minLength) {
      errors[field.name] = `must be at least ${field.minLength} characters`
    } else if (field.pattern && !field.pattern.test(text)) {
      errors[field.name] = field.patternMessage ?? 'has an invalid format'
    } else if (field.type === 'number') {
      const n = Number(text)
      if (Number.isNaN(n)) errors[field.name] = 'must be a number'
      else if (field.min !== undefined && field.max !== undefined && (n < field.min || n > field.max))
        errors[field.name] = `must be between ${field.min} and ${field.max}`
      else if (field.min !== undefined && n < field.min) errors[field.name] = `must be at least ${field.min}`
    } else if (field.type === 'email' && !/^[^@\s]+@[^@\s]+$/.test(text)) {
      errors[field.name] = 'must be a valid email address'
    } else if (field.type === 'date' && today !== null && text > today) {
      errors[field.name] = 'must not be in the future'
    }
  }
  return errors
}
