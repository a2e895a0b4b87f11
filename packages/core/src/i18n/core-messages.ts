import { CORE_MESSAGES_ZH_CN } from './api-messages.zh-CN.js';
import { registerMessages } from './msg.js';

let registered = false;

/** Registers the core's zh-CN catalog once (the formatters call it at load). */
export function registerCoreMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages('zh-CN', CORE_MESSAGES_ZH_CN);
}
