import { useDeferredValue } from 'react'
import { NavLink, Route, Routes, useLocation } from 'react-router'
import { label } from './api/labels'
import { LoginPage } from './auth/LoginPage'
import { SessionExpiredDialog } from './auth/SessionExpiredDialog'
import { signOut } from './auth/session'
import { useSession } from './auth/useSession'
import { Footer } from './components/Footer'
import { HealthBanner } from './components/HealthBanner'
import { PageErrorBoundary } from './components/PageErrorBoundary'
import { AnimalDetailPage } from './pages/animals/AnimalDetailPage'
import { AnimalsPage } from './pages/animals/AnimalsPage'
import { CatalogPage } from './pages/catalog/CatalogPage'
import { enclosureCatalog, keeperCatalog, speciesCatalog, userCatalog } from './pages/catalog/catalogs'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import { FeedingsPage } from './pages/feedings/FeedingsPage'

const NAV = [
  ['/', 'Dashboard'],
  ['/animals', 'Animals'],
  ['/feedings', 'Feedings'],
  ['/enclosures', 'Enclosures'],
  ['/species', 'Species'],
  ['/keepers', 'Keepers'],
] as const

export default function App() {
  const current = useSession()
  // Signing in (or resuming) renders the whole signed-in page: React does that in the background,
  // in slices that leave the browser free to answer (the sign-in or resuming view stays until it is
  // done). Signing out or ending the session shows at once.
  const deferred = useDeferredValue(current)
  const { session, expired, restoring } = current.session ? deferred : current
  const { pathname } = useLocation()
  if (restoring && !session) {
    return (
      <div className="app">
        <HealthBanner />
        <p className="muted" role="status">
          Resuming your session…
        </p>
      </div>
    )
  }
  if (!session) {
    return (
      <div className="app">
        <HealthBanner />
        <LoginPage />
        <Footer />
      </div>
    )
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="header">
        <span className="brand" aria-hidden="true">
          Zoo
        </span>
        <nav aria-label="Main">
          <ul>
            {[...NAV, ...(session.role === 'admin' ? ([['/users', 'Users']] as const) : [])].map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span>
            {session.username} <span className="muted">({label('role', session.role)})</span>
          </span>
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <HealthBanner />
      <main id="main" className="page" tabIndex={-1}>
        {/* Keyed by path: every page starts afresh, never with another route's state or data. */}
        <PageErrorBoundary key={pathname}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/animals" element={<AnimalsPage />} />
            <Route path="/animals/new" element={<AnimalDetailPage />} />
            <Route path="/animals/:id" element={<AnimalDetailPage />} />
            <Route path="/feedings" element={<FeedingsPage />} />
            <Route path="/enclosures" element={<CatalogPage catalog={enclosureCatalog} />} />
            <Route path="/species" element={<CatalogPage catalog={speciesCatalog} />} />
            <Route path="/keepers" element={<CatalogPage catalog={keeperCatalog} />} />
            <Route path="/users" element={<CatalogPage catalog={userCatalog} />} />
            <Route path="*" element={<p>There is no page here.</p>} />
          </Routes>
        </PageErrorBoundary>
      </main>
      <Footer />
      {expired && <SessionExpiredDialog username={session.username} />}
    </div>
  )
}
