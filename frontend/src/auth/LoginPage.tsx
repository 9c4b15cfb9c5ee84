import { useEffect, useState } from 'react'
import { api } from '../api/zoo'
import { LoginForm } from './LoginForm'

const DEMO_USERS = [
  ['viewer', 'reads everything'],
  ['keeper', 'also edits animals and feeds them'],
  ['admin', 'also species, enclosures, keepers and deletes'],
] as const

/** Signed out: the whole page is the login. Lists the demo users when the server has them. */
export function LoginPage() {
  const [demo, setDemo] = useState(false)

  useEffect(() => {
    let live = true
    api
      .info()
      .then((info) => live && setDemo(Boolean(info.database?.demoData)))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  return (
    <main id="main" className="login-page">
      <h1>Sign in to the zoo</h1>
      <LoginForm autoFocus />
      {demo && (
        <section aria-labelledby="demo-users">
          <h2 id="demo-users">Demo users</h2>
          <p className="muted">This server holds demo data; its users are:</p>
          <ul>
            {DEMO_USERS.map(([name, what]) => (
              <li key={name}>
                <code>{name}</code> / <code>zoo-demo-{name}</code>: {what}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}
