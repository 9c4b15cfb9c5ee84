import { useEffect, useState, type FormEvent } from 'react'
import { zooToday } from '../../api/calendar'
import { ApiError } from '../../api/problem'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { validate, type FieldSpec, type FormValues, type Option } from './catalog'
import { Options } from '../../components/Options'

interface CatalogFormProps {
  fields: FieldSpec[]
  initial: FormValues
  submitLabel: string
  onSubmit: (values: FormValues) => Promise<void>
  onCancel: () => void
}

/** A form built from field specs: client checks, then the server's field errors beside fields. */
export function CatalogForm({ fields, initial, submitLabel, onSubmit, onCancel }: CatalogFormProps) {
  const [values, setValues] = useState<FormValues>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError>()
  const [saving, setSaving] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clientErrors = validate(fields, values, await zooToday())
    setErrors(clientErrors)
    setProblem(undefined)
    if (Object.keys(clientErrors).length > 0) return
    setSaving(true)
    try {
      await onSubmit(values)
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, { detail: String(err) })
      setErrors(indexedErrors(apiError.fieldErrors))
      setProblem(apiError)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {problem && <ErrorMessage error={problem} />}
      {fields.map((field) => (
        <Field key={field.name} label={field.label} error={errors[field.name]} hint={field.hint}>
          {(p) => (
            <Input
              spec={field}
              inputProps={p}
              value={values[field.name] ?? (field.type === 'multiselect' ? [] : '')}
              onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
            />
          )}
        </Field>
      ))}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** `enclosureIds[1]: …` from the server is shown on the enclosureIds field. */
function indexedErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [field, message] of Object.entries(fieldErrors)) {
    result[field.replace(/\[\d+\]$/, '')] ??= message
  }
  return result
}

interface InputProps {
  spec: FieldSpec
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }
  value: string | string[]
  onChange: (value: string | string[]) => void
}

function Input({ spec, inputProps, value, onChange }: InputProps) {
  const options = useOptions(spec)
  if (spec.type === 'select') {
    return (
      <select {...inputProps} value={value as string} onChange={(e) => onChange(e.target.value)}>
        <option value="">{spec.required ? 'Choose…' : 'None'}</option>
        <Options items={options} />
      </select>
    )
  }
  if (spec.type === 'multiselect') {
    return (
      <select
        {...inputProps}
        multiple
        size={Math.min(6, Math.max(3, options.length))}
        value={value as string[]}
        onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
      >
        <Options items={options} />
      </select>
    )
  }
  return (
    <input
      {...inputProps}
      type={spec.type}
      value={value as string}
      min={spec.min}
      max={spec.max}
      step={spec.step}
      maxLength={spec.maxLength}
      minLength={spec.minLength}
      autoComplete={spec.type === 'password' ? 'new-password' : undefined}
      required={spec.required}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}

function useOptions(spec: FieldSpec): Option[] {
  const fixed = Array.isArray(spec.options)
  const [loaded, setLoaded] = useState<Option[]>([])
  useEffect(() => {
    if (typeof spec.options === 'function') {
      spec.options().then(setLoaded, () => setLoaded([]))
    }
  }, [spec])
  if (fixed) {
    return [...(spec.options as readonly Option[])]
  }
  return loaded
}
