import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ApiError } from '../api/problem'
import { api } from '../api/zoo'
import { Field } from '../components/Field'
import { signedInByLogin } from './session'

interface LoginFormProps {
  initialUsername?: string
  /** Put the cursor in the form straight away (the expired-session dialog). */
  autoFocus?: boolean
}

/** User name and password for the built-in login; the answer starts the session. */
export function LoginForm({ initialUsername = '', autoFocus = false }: LoginFormProps) {
  const [username, setUsername] = useState(initialUsername)
  const [password, setPassword] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  const secret = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (autoFocus) {
      ;(initialUsername ? secret : first).current?.focus()
    }
  }, [autoFocus, initialUsername])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      signedInByLogin(await api.auth.login(username.trim(), password))
    } catch (e) {
      setError(e as ApiError)
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="login-form" onSubmit={(e) => void submit(e)} noValidate>
      {error && !error.fieldErrors.username && !error.fieldErrors.password && (
        <div className="alert alert-error" role="alert">
          {error.detail}
        </div>
      )}
      <Field label="User name" error={error?.fieldErrors.username}>
        {(props) => (
          <input
            {...props}
            ref={first}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        )}
      </Field>
      <Field label="Password" error={error?.fieldErrors.password}>
        {(props) => (
          <input
            {...props}
            ref={secret}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  )
}
