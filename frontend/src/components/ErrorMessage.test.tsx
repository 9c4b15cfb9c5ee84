import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/problem'
import { ErrorMessage } from './ErrorMessage'

describe('ErrorMessage', () => {
  it('names each invalid parameter and offers no retry of a refused request', () => {
    const error = new ApiError(400, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has 1 invalid field.',
      errors: [{ field: 'from', message: 'must be a date YYYY-MM-DD' }],
    })
    render(<ErrorMessage error={error} onRetry={vi.fn()} />)
    expect(screen.getByRole('alert')).toHaveTextContent('from: must be a date YYYY-MM-DD')
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it("leaves a form's invalid fields to the form", () => {
    const error = new ApiError(400, {
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'commonName', message: 'is already used' }],
    })
    render(<ErrorMessage error={error} />)
    expect(screen.getByRole('alert')).not.toHaveTextContent('commonName')
  })

  it('offers a retry when the server failed or is away', () => {
    const error = new ApiError(503, { title: 'Database unavailable', status: 503 })
    render(<ErrorMessage error={error} onRetry={vi.fn()} />)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
