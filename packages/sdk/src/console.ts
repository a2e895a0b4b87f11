// The console contract: what a plugin's console part declares (React pages are lazy modules).
export type { ConsolePart, ConsoleRoute, ConsoleNavItem, ConsoleWidget, ConsoleSlot } from '@cadre/core';
