/** The signed-in frame: sidebar on the left, header on top, the page in the main landmark. */
import type { ReactNode } from 'react';
import { useMe } from '../lib/me';
import { Header } from './Header';
import { Sidebar } from './Sidebar';

export function Layout({ children }: { children: ReactNode }) {
  const { me } = useMe();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Sidebar permissions={me.permissions} />
      <div className="shell-main">
        <Header />
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
