import { useId } from 'react'
import { LoginForm } from './LoginForm'
import { signOut } from './session'

/**
 * Over the page when the token expired or was refused: signing in again continues where the user
 * was, with whatever they had typed still in the form underneath.
 */
export function SessionExpiredDialog({ username }: { username: string }) {
  const titleId = useId()
  return (
    <div className="overlay">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Your session has ended</h2>
        <p>Sign in again to carry on. What you have typed on the page is kept; send it again afterwards.</p>
        <LoginForm initialUsername={username} autoFocus />
        <button type="button" className="link" onClick={signOut}>
          Sign in as someone else
        </button>
      </div>
    </div>
  )
}
