/**
 * The API's resources, by the names the UI uses: each is the type generated from the OpenAPI
 * document (docs/openapi.json, the server's /openapi) into schema.d.ts by openapi-typescript
 * (`npm run api`), never written by hand, so the UI compiles only against what the server answers.
 */
import type { components } from './schema'

export { ANIMAL_STATUSES, CONSERVATION_STATUSES, DIETS, HABITATS, SEXES } from './enums'

type Schemas = components['schemas']

/** One page of a list; the document has one such schema per item type, all of this shape. */
export type Page<T> = Omit<Schemas['PageAnimalResponse'], 'items'> & { items: T[] }

export type Species = Schemas['Species']
export type Enclosure = Schemas['Enclosure']
export type Animal = Schemas['Animal']
export type AnimalStatus = Schemas['AnimalStatus']
export type Keeper = Schemas['Keeper']
/** A user of the built-in login (administrators only); never carries the password. */
export type User = Schemas['User']
export type Role = User['role']
export type Feeding = Schemas['Feeding']
export type FeedingState = Schemas['FeedingState']
export type Info = Schemas['Info']
export type DevStatus = Schemas['DevStatus']
export type DevState = DevStatus['state']
export type CurrentUser = Schemas['CurrentUser']
export type TokenResponse = Schemas['TokenResponse']
export type Problem = Schemas['Problem']

/** Request bodies: what create and replace take. */
export type AnimalInput = Schemas['AnimalRequest']
export type UserInput = Schemas['UserRequest']
export type SpeciesInput = Schemas['SpeciesRequest']
export type EnclosureInput = Schemas['EnclosureRequest']
export type KeeperInput = Schemas['KeeperRequest']
export type FeedingInput = Schemas['FeedingRequest']
