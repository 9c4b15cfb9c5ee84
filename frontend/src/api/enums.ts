// Generated from the Java enums by UiEnumsTest (backend); do not edit: change the enum, then
// ./mvnw test -pl backend -am -Dtest=UiEnumsTest -Dsurefire.failIfNoSpecifiedTests=false -Dui-enums.write=true
export const CONSERVATION_STATUSES = ['LC', 'NT', 'VU', 'EN', 'CR', 'EW', 'EX', 'DD', 'NE'] as const
export const CONSERVATION_STATUS_LABELS = {
  LC: 'Least concern',
  NT: 'Near threatened',
  VU: 'Vulnerable',
  EN: 'Endangered',
  CR: 'Critically endangered',
  EW: 'Extinct in the wild',
  EX: 'Extinct',
  DD: 'Data deficient',
  NE: 'Not evaluated',
} as const
export const DIETS = ['HERBIVORE', 'CARNIVORE', 'OMNIVORE', 'INSECTIVORE', 'PISCIVORE'] as const
export const DIET_LABELS = {
  HERBIVORE: 'Herbivore',
  CARNIVORE: 'Carnivore',
  OMNIVORE: 'Omnivore',
  INSECTIVORE: 'Insectivore',
  PISCIVORE: 'Piscivore',
} as const
export const HABITATS = [
  'SAVANNA',
  'RAINFOREST',
  'AQUATIC',
  'ARCTIC',
  'DESERT',
  'AVIARY',
  'NOCTURNAL',
  'TEMPERATE',
] as const
export const HABITAT_LABELS = {
  SAVANNA: 'Savanna',
  RAINFOREST: 'Rainforest',
  AQUATIC: 'Aquatic',
  ARCTIC: 'Arctic',
  DESERT: 'Desert',
  AVIARY: 'Aviary',
  NOCTURNAL: 'Nocturnal',
  TEMPERATE: 'Temperate',
} as const
export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const
export const SEX_LABELS = {
  MALE: 'Male',
  FEMALE: 'Female',
  UNKNOWN: 'Unknown',
} as const
export const ANIMAL_STATUSES = ['ACTIVE', 'TRANSFERRED', 'DECEASED'] as const
export const ANIMAL_STATUS_LABELS = {
  ACTIVE: 'Active',
  TRANSFERRED: 'Transferred',
  DECEASED: 'Deceased',
} as const
export const FEEDING_STATES = ['DUE', 'OVERDUE', 'DONE'] as const
export const FEEDING_STATE_LABELS = {
  DUE: 'Due',
  OVERDUE: 'Overdue',
  DONE: 'Done',
} as const
export const USER_ROLES = ['viewer', 'keeper', 'admin'] as const
export const USER_ROLE_LABELS = {
  viewer: 'Viewer',
  keeper: 'Keeper',
  admin: 'Administrator',
} as const
/** Every enumeration's labels, by the API field that carries its values. */
export const ENUM_LABELS = {
  conservationStatus: CONSERVATION_STATUS_LABELS,
  diet: DIET_LABELS,
  habitat: HABITAT_LABELS,
  sex: SEX_LABELS,
  animalStatus: ANIMAL_STATUS_LABELS,
  feedingState: FEEDING_STATE_LABELS,
  role: USER_ROLE_LABELS,
} as const
