import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { StaleNotice } from './StaleNotice'

describe('StaleNotice', () => {
  it("shows the other person's values and lets me reapply or discard mine", async () => {
    const onReapply = vi.fn().mockResolvedValue(undefined)
    const onDiscard = vi.fn()
    render(
      <StaleNotice
        current={[
          ['Name', 'Kibo the Second'],
          ['Notes', ''],
        ]}
        onReapply={onReapply}
        onDiscard={onDiscard}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Changed by someone else')
    expect(screen.getByText('Kibo the Second')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Apply my changes on top' }))
    expect(onReapply).toHaveBeenCalledOnce()
    await userEvent.click(screen.getByRole('button', { name: 'Discard mine, show theirs' }))
    expect(onDiscard).toHaveBeenCalledOnce()
  })
})
