// Generated from the Java enums by UiEnumsTest (backend); do not edit: change the enum, then
// ./mvnw test -pl backend -am -Dtest=UiEnumsTest -Dsurefire.failIfNoSpecifiedTests=false -Dui-enums.write=true
export const CONSERVATION_STATUSES = ['LC', 'NT', 'VU', 'EN', 'CR', 'EW', 'EX', 'DD', 'NE'] as const
export const DIETS = ['HERBIVORE', 'CARNIVORE', 'OMNIVORE', 'INSECTIVORE', 'PISCIVORE'] as const
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
export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const
export const ANIMAL_STATUSES = ['ACTIVE', 'TRANSFERRED', 'DECEASED'] as const
