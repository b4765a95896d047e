import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Ant Design's component styles, as a file (theme.ts: zeroRuntime).
import 'antd/dist/antd.css';
import './app/global.css';
// The print rules every page needs (menu and buttons off paper, whole tables), with the window.
import './ui/print.css';
import './i18n/core';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
