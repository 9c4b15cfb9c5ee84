import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Link } from 'react-router'

interface Props {
  children: ReactNode
}

interface State {
  error: Error | undefined
}

/**
 * Around the page in the main area: a page that fails to render shows what happened and a way on,
 * while the navigation, the banner and the footer stay. App keys it by the route's path, so moving
 * to another page starts with a fresh boundary (and a fresh page).
 */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The page failed to render', error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) {
      return this.props.children
    }
    return (
      <div className="alert alert-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>
          Something in the page went wrong: <code>{error.message}</code>
        </p>
        <p>
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>{' '}
          or go to the <Link to="/">Dashboard</Link>. The other pages work on as before.
        </p>
      </div>
    )
  }
}
