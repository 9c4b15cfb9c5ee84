import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import './index.css'
import App from './App.tsx'
import { restore } from './auth/session'
import { BuildStatusBanner } from './components/BuildStatusBanner'

// A reload or a new tab carries on the session of the cookie, if there is one.
void restore()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      {/* Every page, signed in or not: is the server running the saved code? */}
      <BuildStatusBanner />
      <App />
    </BrowserRouter>
  </StrictMode>,
)
