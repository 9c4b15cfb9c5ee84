import { useSyncExternalStore } from 'react'
import { getState, subscribe, type SessionState } from './session'

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getState, getState)
}

/** The signed-in user's role (also while the session waits to be renewed by signing in again). */
export function useRole() {
  return useSession().session?.role
}
