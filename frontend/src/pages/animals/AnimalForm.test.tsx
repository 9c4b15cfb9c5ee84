import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/problem'
import type { Enclosure, Species } from '../../api/model'
import { AnimalForm } from './AnimalForm'

const species: Species[] = [
  {
    id: 1,
    commonName: 'Okapi',
    scientificName: 'Okapia johnstoni',
    conservationStatus: 'EN',
    diet: 'HERBIVORE',
    version: 1,
  },
]
const enclosures: Enclosure[] = [
  { id: 2, name: 'Forest', habitat: 'RAINFOREST', capacity: 1, areaSquareMeters: 100, occupancy: 1, version: 1 },
]

describe('AnimalForm', () => {
  it('shows client-side errors beside the fields and does not submit', async () => {
    const onSubmit = vi.fn()
    render(<AnimalForm species={species} enclosures={enclosures} onSubmit={onSubmit} submitLabel="Create" />)
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))
    const name = screen.getByLabelText('Name')
    // The check waits for the zoo's calendar (asked of /api/info) before it shows anything.
    await vi.waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveAccessibleDescription('is required')
    expect(screen.getByLabelText('Enclosure')).toHaveAccessibleDescription(/is required for an active animal/)
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it("shows the server's field errors and its explanation", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(409, {
        type: '/problems/capacity-exceeded',
        title: 'Enclosure is full',
        detail: "Enclosure 'Forest' is full: 1 of 1 places are taken by active animals.",
        errors: [{ field: 'enclosureId', message: 'enclosure 2 is full' }],
      }),
    )
    render(<AnimalForm species={species} enclosures={enclosures} onSubmit={onSubmit} submitLabel="Create" />)
    await userEvent.type(screen.getByLabelText('Name'), 'Kibo')
    await userEvent.selectOptions(screen.getByLabelText('Species'), '1')
    await userEvent.selectOptions(screen.getByLabelText('Enclosure'), '2')
    await userEvent.type(screen.getByLabelText('Arrival date'), '2024-01-01')
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))

    expect(onSubmit).toHaveBeenCalledOnce()
    expect(await screen.findByRole('alert')).toHaveTextContent('is full: 1 of 1 places')
    expect(screen.getByLabelText('Enclosure')).toHaveAccessibleDescription(/enclosure 2 is full/)
    expect(screen.getByLabelText('Name')).toHaveValue('Kibo') // nothing typed is lost
  })
})
