import { startTracing } from '@pollen/platform/tracing';

// Before anything else loads (main's first import), so that HTTP and mongoose are instrumented.
startTracing('notifications');
