import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'dayjs/locale/pl';
import dayjs from 'dayjs';
import { createApiClient } from './api/client';
import { createDefaultTransport } from './api/transport';
import { createStores, StoresProvider } from './app/stores';
import { App } from './app/App';

dayjs.locale('pl');

const api = createApiClient(createDefaultTransport());
const stores = createStores(api);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoresProvider value={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
