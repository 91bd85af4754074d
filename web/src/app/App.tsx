import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiError } from '../api/client.ts';
import { sessionKey } from '../api/session.ts';
import { LocaleProvider } from './locale.tsx';
import { LocaleSync } from './LocaleSync.tsx';
import { router } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * A 401 on any request means the session ended (expired, or signed out elsewhere): ask for the
 * session again so the shell and the guards show the signed-out state and offer to sign in.
 */
function onApiError(error: Error): void {
  if (error instanceof ApiError && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A refusal or a missing record will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <LocaleSync />
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
