import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// antd's styles, prebuilt (the theme's zeroRuntime, app/App.tsx).
import 'antd/dist/antd.css';
import 'dayjs/locale/pl';
import dayjs from 'dayjs';
import { createApiClient } from './api/client';
import { createDefaultTransport } from './api/transport';
import { createStores, StoresProvider } from './app/stores';
import { App } from './app/App';
import { installAccessibilityFixes } from './ui/accessibility';
import { installFocusReturn } from './ui/focus-return';

dayjs.locale('pl');
// On <body>, since dialogs and dropdowns are rendered outside #root.
installAccessibilityFixes(document.body);
installFocusReturn(document.body);

const api = createApiClient(createDefaultTransport());
const stores = createStores(api);
// Asked before the interface is drawn: the answer travels while React and antd start.
void stores.session.getState().load();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoresProvider value={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
