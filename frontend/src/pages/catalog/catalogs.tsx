import { choices, label } from '../../api/labels'
import type { Enclosure, Keeper, Species, User } from '../../api/model'
import { api } from '../../api/zoo'
import type { Catalog } from './catalog'

export const speciesCatalog: Catalog<Species> = {
  path: '/species',
  title: 'Species',
  singular: 'species',
  defaultSort: 'commonName,asc',
  api: api.species as Catalog<Species>['api'],
  label: (s) => s.commonName,
  columns: [
    { label: 'Common name', render: (s) => s.commonName, width: '24%' },
    { label: 'Scientific name', render: (s) => <em>{s.scientificName}</em>, width: '26%' },
    { label: 'Status', render: (s) => label('conservationStatus', s.conservationStatus), width: '18%' },
    { label: 'Diet', render: (s) => label('diet', s.diet), width: '12%' },
  ],
  fields: [
    { name: 'commonName', label: 'Common name', type: 'text', required: true, maxLength: 100 },
    { name: 'scientificName', label: 'Scientific name', type: 'text', required: true, maxLength: 150 },
    {
      name: 'conservationStatus',
      label: 'Conservation status',
      type: 'select',
      options: choices('conservationStatus'),
      required: true,
      hint: 'IUCN Red List category',
    },
    { name: 'diet', label: 'Diet', type: 'select', options: choices('diet'), required: true },
  ],
}

export const enclosureCatalog: Catalog<Enclosure> = {
  path: '/enclosures',
  title: 'Enclosures',
  singular: 'enclosure',
  defaultSort: 'name,asc',
  api: api.enclosures as Catalog<Enclosure>['api'],
  label: (e) => e.name,
  columns: [
    { label: 'Name', render: (e) => e.name, width: '26%' },
    { label: 'Habitat', render: (e) => label('habitat', e.habitat), width: '18%' },
    {
      label: 'Occupancy',
      width: '20%',
      render: (e) => (
        <span className={e.occupancy >= e.capacity ? 'full' : undefined}>
          {e.occupancy} / {e.capacity}
          {e.occupancy >= e.capacity ? ' (full)' : ''}
        </span>
      ),
    },
    { label: 'Area', render: (e) => `${e.areaSquareMeters} m²`, width: '16%' },
  ],
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true, maxLength: 100 },
    { name: 'habitat', label: 'Habitat', type: 'select', options: choices('habitat'), required: true },
    {
      name: 'capacity',
      label: 'Capacity',
      type: 'number',
      required: true,
      min: 1,
      max: 500,
      hint: 'Active animals it can hold',
    },
    { name: 'areaSquareMeters', label: 'Area (m²)', type: 'number', required: true, min: 0.01, step: '0.01' },
  ],
}

const enclosureOptions = async () =>
  (await api.enclosures.list({ size: 100, sort: 'name,asc' })).items.map((e) => ({
    value: String(e.id),
    label: e.name,
  }))

// The users a keeper record may be linked to (administrators only edit keepers and list users).
const userOptions = async () =>
  (await api.users.list({ size: 100, sort: 'username,asc' })).items.map((u) => ({
    value: String(u.id),
    label: `${u.username} (${label('role', u.role)})`,
  }))

export const keeperCatalog: Catalog<Keeper> = {
  path: '/keepers',
  title: 'Keepers',
  singular: 'keeper',
  defaultSort: 'fullName,asc',
  api: api.keepers as Catalog<Keeper>['api'],
  label: (k) => k.fullName,
  columns: [
    { label: 'Name', render: (k) => k.fullName, width: '18%' },
    { label: 'Email', render: (k) => <a href={`mailto:${k.email}`}>{k.email}</a>, width: '26%' },
    { label: 'Hired', render: (k) => k.hiredOn, width: '12%' },
    { label: 'Enclosures', render: (k) => k.enclosureIds.length, width: '12%' },
    { label: 'Sign-in', render: (k) => (k.userId === null ? '—' : 'linked'), width: '12%' },
  ],
  fields: [
    { name: 'fullName', label: 'Full name', type: 'text', required: true, maxLength: 150 },
    { name: 'email', label: 'Email', type: 'email', required: true, maxLength: 254 },
    { name: 'hiredOn', label: 'Hired on', type: 'date', required: true },
    { name: 'enclosureIds', label: 'Enclosures', type: 'multiselect', options: enclosureOptions },
    {
      name: 'userId',
      label: 'Signs in as',
      type: 'select',
      id: true,
      options: userOptions,
      hint: 'The user who records feedings as this keeper',
    },
  ],
}

export const userCatalog: Catalog<User> = {
  path: '/users',
  title: 'Users',
  singular: 'user',
  defaultSort: 'username,asc',
  api: api.users as Catalog<User>['api'],
  label: (u) => u.username,
  columns: [
    { label: 'User name', render: (u) => u.username, width: '28%' },
    { label: 'Role', render: (u) => label('role', u.role), width: '20%' },
    {
      label: 'Sign-in',
      width: '32%',
      render: (u) =>
        u.lockedUntil
          ? `locked until ${new Date(u.lockedUntil).toLocaleTimeString()}`
          : u.lastLoginAt
            ? `last ${new Date(u.lastLoginAt).toLocaleString()}`
            : 'never',
    },
  ],
  fields: [
    {
      name: 'username',
      label: 'User name',
      type: 'text',
      required: true,
      maxLength: 50,
      pattern: /^[A-Za-z0-9._@-]{3,50}$/,
      patternMessage: 'must be 3 to 50 letters, digits or . _ @ -',
    },
    { name: 'role', label: 'Role', type: 'select', options: choices('role'), required: true },
    {
      name: 'password',
      label: 'Password',
      type: 'password',
      minLength: 12,
      maxLength: 200,
      hint: 'At least 12 characters. Required for a new user; when editing, empty keeps the current one, and a new one also lifts a lock-out.',
    },
  ],
}
