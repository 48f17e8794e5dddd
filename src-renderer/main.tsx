import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoresProvider value={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
