/** The API's resources, as /openapi describes them. */
import { ANIMAL_STATUSES, FEEDING_STATES } from './enums'

export { ANIMAL_STATUSES, CONSERVATION_STATUSES, DIETS, HABITATS, SEXES } from './enums'

export type AnimalStatus = (typeof ANIMAL_STATUSES)[number]
export type FeedingState = (typeof FEEDING_STATES)[number]

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}

export interface Species {
  id: number
  commonName: string
  scientificName: string
  conservationStatus: string
  diet: string
  version: number
}

export interface Enclosure {
  id: number
  name: string
  habitat: string
  capacity: number
  areaSquareMeters: number
  occupancy: number
  version: number
}

export interface Animal {
  id: number
  name: string
  speciesId: number
  speciesName: string
  enclosureId: number | null
  enclosureName: string | null
  sex: string
  dateOfBirth: string | null
  arrivalDate: string
  status: AnimalStatus
  notes: string | null
  version: number
}

export interface Keeper {
  id: number
  fullName: string
  email: string
  hiredOn: string
  enclosureIds: number[]
  /** The sign-in user who is this keeper (they complete feedings as this keeper); null: none. */
  userId: number | null
  version: number
}

/** A user of the built-in login (administrators only); never carries the password. */
export interface User {
  id: number
  username: string
  role: 'viewer' | 'keeper' | 'admin'
  /** Set while failed logins keep the account locked. */
  lockedUntil: string | null
  lastLoginAt: string | null
  version: number
}

export interface UserInput {
  username: string
  role: string
  /** Required on create; absent on update keeps the current password. */
  password?: string
}

export interface Feeding {
  id: number
  animalId: number
  animalName: string
  /** The enclosure the animal lives in now; null: none. */
  enclosureId: number | null
  enclosureName: string | null
  scheduledAt: string
  food: string
  quantityGrams: number
  /** As of the answer: DONE once fed; until then OVERDUE when scheduled before now, else DUE. */
  state: FeedingState
  fedAt: string | null
  fedByKeeperId: number | null
  /** The full name of the keeper who fed the animal. */
  fedByName: string | null
  version: number
}

export interface Info {
  name: string
  version: string
  revision: string
  dirty: boolean | null
  buildTime: string
  startedAt: string
  buildSource: string
  profile: string
  /** The zoo's time zone: the calendar of "today" for dates. */
  timeZone?: string
  today?: string
  database?: { status: string; product?: string | null; demoData?: boolean }
  /** Dev mode only: is what answers the saved code? (see docs/dev-status.md) */
  dev?: DevStatus | null
  /** Production profile only: signs that this server is being used for development. */
  developmentUse?: string[] | null
}

export type DevState =
  'current' | 'compiling' | 'compile-failed' | 'not-compiled' | 'restarting' | 'not-reloading' | 'start-failed'

export interface DevStatus {
  state: DevState
  /** Why what answers is not the saved code; null when current. */
  problem: string | null
  lastSave: { file: string; at: string } | null
  lastCompile: {
    status: 'compiled' | 'pending' | 'failed' | 'unknown'
    at: string | null
    changedFiles: string[]
    errors: { file: string; line: number; message: string }[]
    detail: string | null
  }
  lastStart: { status: 'started' | 'failed'; at: string | null; cause: string | null }
}

export type AnimalInput = Omit<Animal, 'id' | 'speciesName' | 'enclosureName' | 'version'> & {
  version?: number
}
