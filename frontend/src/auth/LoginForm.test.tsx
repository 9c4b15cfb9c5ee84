import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LoginForm } from './LoginForm'
import { getState, resetForTests } from './session'

beforeEach(() => resetForTests())
afterEach(() => vi.unstubAllGlobals())

describe('LoginForm', () => {
  it('signs in with the answer of POST /api/auth/login', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({
        token: 't',
        tokenType: 'Bearer',
        username: 'keeper',
        role: 'keeper',
        expiresAt: new Date(Date.now() + 900_000).toISOString(),
        expiresInSeconds: 900,
      }),
    )
    vi.stubGlobal('fetch', fetchMock)
    render(<LoginForm />)
    await userEvent.type(screen.getByLabelText('User name'), ' keeper ')
    await userEvent.type(screen.getByLabelText('Password'), 'zoo-demo-keeper')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(getState().session?.username).toBe('keeper')
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/auth/login')
    expect(JSON.parse(init.body as string)).toEqual({ username: 'keeper', password: 'zoo-demo-keeper' })
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('shows why a login failed and clears the password', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            type: '/problems/login-failed',
            title: 'Login failed',
            status: 401,
            detail: 'The user name or the password is wrong.',
          }),
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    )
    render(<LoginForm initialUsername="viewer" />)
    await userEvent.type(screen.getByLabelText('Password'), 'nope')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The user name or the password is wrong.')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(screen.getByLabelText('User name')).toHaveValue('viewer')
    expect(getState().session).toBeNull()
  })
})
